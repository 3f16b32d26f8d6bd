"""Evidence intake: reading facts out of untrusted files (e-mails, images, PDFs, audio)
safely, and filing them as attachments. No Qt; the GUI and the CLI both use it."""
