// Raw HTTP over a socket, for what fetch will not send: a request target that is no URL,
// broken headers, a body that never comes. Loopback only.
import { connect, type Socket } from 'node:net';

export interface RawAnswer {
  /** the status line's code, or null when the server closed without answering */
  status: number | null;
  /** the server closed the connection (before the timeout) */
  closed: boolean;
  text: string;
}

export const LOOPBACK = '127.0.0.1';

/** Opens a socket to 127.0.0.1:port, writes the pieces (with `gapMs` between them) and reads until close or `timeoutMs`. */
export function rawRequest(port: number, pieces: (string | Buffer)[], { timeoutMs = 5000, gapMs = 0, localAddress }: { timeoutMs?: number; gapMs?: number; localAddress?: string } = {}): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket: Socket = connect({ host: LOOPBACK, port, localAddress });
    let text = '';
    let done = false;
    const finish = (closed: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: m ? Number(m[1]) : null, closed, text });
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    socket.on('data', (d) => (text += d.toString('latin1')));
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    socket.on('connect', async () => {
      for (let i = 0; i < pieces.length && !done; i++) {
        if (i > 0 && gapMs) await new Promise((r) => setTimeout(r, gapMs));
        const p = pieces[i];
        if (!socket.destroyed) socket.write(typeof p === 'string' ? Buffer.from(p, 'latin1') : p);
      }
    });
  });
}

/** A POST of a body, as bytes (latin1: a string of byte values), with its right length. */
const post = (body: string, type = 'application/json') => `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body, 'latin1')}\r\nConnection: close\r\n\r\n${body}`;

/** Requests that must get a 4xx, none of which may stop the server. */
export const MALFORMED: { name: string; bytes: string }[] = [
  { name: 'a request target that is no URL (//[)', bytes: 'GET //[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' },
  { name: 'an absolute-form target with a broken host', bytes: 'GET http://[/graphql HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' },
  { name: 'a target of percent signs', bytes: 'GET /%%%/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' },
  { name: 'a header without a colon', bytes: 'GET / HTTP/1.1\r\nHost x\r\n\r\n' },
  { name: 'a control character in a header', bytes: 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\u0001b\r\n\r\n' },
  { name: 'a request line of garbage', bytes: '\u0000\u0001\u0002 garbage\r\n\r\n' },
  { name: 'an unknown method on /graphql', bytes: 'BREW /graphql HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' },
  { name: 'DELETE /graphql', bytes: 'DELETE /graphql HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' },
  { name: 'a negative content-length', bytes: 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n' },
  { name: 'two content-lengths', bytes: 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}' },
  { name: 'a broken chunked body', bytes: 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n' },
  { name: 'headers too large', bytes: `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n` },
  { name: 'a JSON body that is not an object', bytes: post('null') },
  { name: 'a query that is a number', bytes: post('{"query": 42}') },
  { name: 'variables that are a string', bytes: post('{"query": "{ __typename }", "variables": 1}') },
  { name: 'a GET with a broken query string', bytes: 'GET /graphql?query=%7B&variables=%ZZ HTTP/1.1\r\nHost: x\r\napollo-require-preflight: 1\r\nConnection: close\r\n\r\n' },
  { name: 'an invalid UTF-8 body', bytes: post('\u00ff\u00fe\u00fd\u00fc') },
];
