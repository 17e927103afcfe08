import { browser } from 'wxt/browser';
import { onPdfRequest } from '../../src/discovery/pdf/offscreen-handler';
import { pdfText } from '../../src/discovery/pdf/pdf-in-worker';

const deps = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/'), readPdf: pdfText };
browser.runtime.onMessage.addListener((message, sender) => onPdfRequest(message, sender, deps));
