export interface JsonResponse {
  status: number;
  body: unknown;
}

export async function getJson(url: string, headers: Record<string, string> = {}): Promise<JsonResponse> {
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(10_000) });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text for the error message
  }
  return { status: response.status, body };
}

/** Signs in with POST /api/auth/login and returns the session cookie ("name=value") to send. */
export async function logIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`Login as ${email} failed: ${response.status} ${text}`);
  }
  const cookie = response.headers
    .getSetCookie()
    .map((value) => value.split(";")[0])
    .find((value) => value.includes("samspil_session="));
  if (!cookie) {
    throw new Error("Login answered without a session cookie");
  }
  return cookie;
}

/** The `total` of a list answer, or undefined for other bodies. */
export function readTotal(body: unknown): number | undefined {
  if (typeof body === "object" && body !== null && "total" in body && typeof body.total === "number") {
    return body.total;
  }
  return undefined;
}
