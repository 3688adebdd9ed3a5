import { createServer, type Socket } from "node:net";

export interface ReceivedMail {
  from: string;
  to: string[];
  data: string;
}

export interface TestSmtpServer {
  url: string;
  received: ReceivedMail[];
  /** While true, every MAIL FROM is answered 451 (a temporary failure), as an overloaded server would. */
  failing: boolean;
  close: () => Promise<void>;
}

/**
 * A small SMTP server on loopback for tests: it speaks enough of RFC 5321 for nodemailer (EHLO, MAIL, RCPT,
 * DATA, RSET, QUIT), keeps what it receives, and can be told to refuse, so delivery and retries go over a
 * real SMTP conversation.
 */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const sockets = new Set<Socket>();
  const state: TestSmtpServer = { url: "", received: [], failing: false, close: async () => undefined };
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    socket.setEncoding("utf8");
    let buffer = "";
    let inData = false;
    let mail: ReceivedMail = { from: "", to: [], data: "" };
    const reply = (line: string): void => {
      socket.write(`${line}\r\n`);
    };
    reply("220 smtp.test ESMTP");
    socket.on("data", (chunk: string) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) {
            return;
          }
          mail.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          state.received.push(mail);
          reply("250 2.0.0 queued");
          continue;
        }
        const end = buffer.indexOf("\r\n");
        if (end < 0) {
          return;
        }
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") {
          reply("250 smtp.test");
        } else if (verb === "MAIL") {
          if (state.failing) {
            reply("451 4.3.0 temporarily unavailable, try again later");
          } else {
            mail = { from: line.slice(10), to: [], data: "" };
            reply("250 2.1.0 ok");
          }
        } else if (verb === "RCPT") {
          mail.to.push(line.slice(8));
          reply("250 2.1.5 ok");
        } else if (verb === "DATA") {
          inData = true;
          reply("354 end with <CRLF>.<CRLF>");
        } else if (verb === "QUIT") {
          reply("221 2.0.0 bye");
          socket.end();
          return;
        } else {
          reply("250 ok");
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  state.url = `smtp://127.0.0.1:${port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      sockets.forEach((socket) => socket.destroy());
      server.close(() => resolve());
    });
  return state;
}
