import type { FastifyRequest } from "fastify";
import { detectAttachmentType, MAX_ATTACHMENT_BYTES, sanitiseFilename } from "../../domain/calls.js";
import { HttpError } from "./errors.js";

/** Reads the one file of a multipart request (field «file»), refusing other content types. */
export async function readSingleFile(request: FastifyRequest): Promise<{ filename: string; bytes: Buffer }> {
  if (!request.isMultipart()) {
    throw new HttpError(415, "unsupported_media_type", "Send the file as multipart/form-data in the field «file»");
  }
  const file = await request.file();
  if (!file) {
    throw new HttpError(400, "validation", "file: no file was sent", { file: "Vælg en fil" });
  }
  return { filename: file.filename, bytes: await file.toBuffer() };
}

/**
 * Checks an uploaded attachment: at most 10 MB, a safe name, and bytes that match an allowed type
 * (a renamed program, HTML or SVG is refused). Returns the safe name and the content type to store.
 */
export function checkAttachment(file: { filename: string; bytes: Buffer }): { filename: string; contentType: string } {
  if (file.bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new HttpError(413, "too_large", "file: at most 10 MB", { file: "Filen må højst fylde 10 MB" });
  }
  const filename = sanitiseFilename(file.filename);
  const contentType = detectAttachmentType(filename, file.bytes);
  if (!contentType) {
    throw new HttpError(415, "unsupported_file", "file: only PDF, Word, Excel, PowerPoint, ODT, PNG, JPEG, TXT or CSV", {
      file: "Kun PDF, Word, Excel, PowerPoint, ODT, PNG, JPEG, TXT eller CSV – og indholdet skal passe til filtypen",
    });
  }
  return { filename, contentType };
}

/** `Content-Disposition` that always downloads, with an ASCII fallback and the UTF-8 name. */
export function attachmentDisposition(name: string): string {
  return `attachment; filename="${name.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "")}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
