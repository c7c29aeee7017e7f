import { request } from 'node:http';

export interface Answer {
  status: number;
  body: string;
  headers: Record<string, unknown>;
}

/** One HTTP request with exactly the headers given (raw pairs, so a header may repeat). */
export function call(port: number, path: string, opts: { method?: string; headers?: [string, string][]; body?: string | Buffer } = {}): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const headers = opts.headers ?? [['Host', `127.0.0.1:${port}`]];
    const req = request({ host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: headers.flat(), setHost: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}
