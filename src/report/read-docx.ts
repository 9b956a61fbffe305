/**
 * Reader for Word .docx files: mammoth turns the document into HTML (tables keep their merged
 * cells as colspan/rowspan), which the HTML reader then reads like any web page. mammoth is
 * loaded on first use so it stays out of the browser's first bundle.
 */
import { type HtmlDocument, readHtml } from './read-html';

export class DocxError extends Error {
  readonly code = 'docx.damaged';
  constructor(
    message: string,
    readonly params: { detail: string },
  ) {
    super(message);
  }
}

export async function readDocx(bytes: Uint8Array): Promise<HtmlDocument> {
  const { default: mammoth } = await import('mammoth');
  // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; both hand it to JSZip.
  const data = bytes.slice().buffer;
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: data, arrayBuffer: data } as unknown as {
      arrayBuffer: ArrayBuffer;
    }));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new DocxError(`the Word file is damaged or incomplete (${detail})`, { detail });
  }
  return readHtml(html);
}
