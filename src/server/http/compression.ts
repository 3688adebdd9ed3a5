import type { FastifyInstance } from "fastify";
import compress from "@fastify/compress";

/** Below this an answer fits in one packet or two; compressing it costs more than it saves. */
export const COMPRESS_THRESHOLD = 1024;

/**
 * Compresses answers above the threshold for the encodings the browser accepts (br at quality 4,
 * gzip), including streamed ones (CSV/XLSX exports, downloads). Registered before the routes:
 * the plugin attaches itself to each route as it is added. The web build is pre-compressed
 * (http/web.ts), so those answers already carry Content-Encoding and pass through untouched.
 * Zip-based (XLSX) and binary uploads are not compressible types and are sent as they are;
 * `text/event-stream` is excluded by the plugin's default. Request bodies are not inflated:
 * the app's own client never compresses them, and a decompression bomb has no way in.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    global: true,
    globalDecompression: false,
    threshold: COMPRESS_THRESHOLD,
    encodings: ["br", "gzip"],
  });
}
