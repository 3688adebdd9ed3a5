import type { FastifyRequest } from "fastify";
import { detectAttachmentType, MAX_ATTACHMENT_BYTES, sanitiseFilename } from "../../domain/calls.js";
import { translateMessage, type Language } from "../../domain/validation.js";
import { HttpError, requestLanguage } from "./errors.js";

const MAX_MEGABYTES = MAX_ATTACHMENT_BYTES / (1024 * 1024);

/** An upload refused about the field «file», in the reader's language. */
function fileError(status: number, code: string, key: string, language: Language, maxMegabytes = MAX_MEGABYTES) {
  const message = translateMessage(key, language, { max: maxMegabytes });
  return new HttpError(status, code, `file: ${message}`, { file: message });
}

const isTooLarge = (error: unknown): boolean =>
  typeof error === "object" && error !== null && "code" in error && error.code === "FST_REQ_FILE_TOO_LARGE";

/**
 * Maps a failure while reading a multipart body to a clear 4xx: busboy's plain errors (truncated
 * body, no boundary, broken headers) are the sender's, not a server fault.
 */
export function multipartError(error: unknown, language: Language, maxMegabytes = MAX_MEGABYTES): HttpError {
  if (error instanceof HttpError) {
    return error;
  }
  if (isTooLarge(error)) {
    return fileError(413, "too_large", "file_too_large", language, maxMegabytes);
  }
  const status =
    typeof error === "object" && error !== null && "statusCode" in error && typeof error.statusCode === "number"
      ? error.statusCode
      : 400;
  return fileError(status >= 400 && status < 500 ? status : 400, "validation", "file_malformed", language);
}

/**
 * Reads the one file of a multipart request (field «file»), refusing other content types; errors in the request's
 * language. `maxBytes` raises the app's upload limit for one route (a 100,000-row import).
 */
export async function readSingleFile(
  request: FastifyRequest,
  maxBytes?: number,
): Promise<{ filename: string; bytes: Buffer }> {
  const language = requestLanguage(request);
  if (!request.isMultipart()) {
    throw fileError(415, "unsupported_media_type", "file_multipart", language);
  }
  const maxMegabytes = maxBytes === undefined ? MAX_MEGABYTES : maxBytes / (1024 * 1024);
  try {
    const file = await request.file(maxBytes === undefined ? undefined : { limits: { fileSize: maxBytes } });
    if (!file) {
      throw fileError(400, "validation", "file_required", language);
    }
    return { filename: file.filename, bytes: await file.toBuffer() };
  } catch (error) {
    throw multipartError(error, language, maxMegabytes);
  }
}

/**
 * Checks an uploaded attachment: at most 10 MB, a safe name, and bytes that match an allowed type
 * (a renamed program, HTML or SVG is refused). Returns the safe name and the content type to store.
 */
export function checkAttachment(
  file: { filename: string; bytes: Buffer },
  language: Language,
): { filename: string; contentType: string } {
  if (file.bytes.length > MAX_ATTACHMENT_BYTES) {
    throw fileError(413, "too_large", "file_too_large", language);
  }
  const filename = sanitiseFilename(file.filename);
  const contentType = detectAttachmentType(filename, file.bytes);
  if (!contentType) {
    throw fileError(415, "unsupported_file", "file_type", language);
  }
  return { filename, contentType };
}

/** `Content-Disposition` that always downloads, with an ASCII fallback and the UTF-8 name. */
export function attachmentDisposition(name: string): string {
  return (
    `attachment; filename="${name.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "")}"; ` +
    `filename*=UTF-8''${encodeURIComponent(name)}`
  );
}
