/** Where a command writes; the process streams in production, buffers in tests. */
export interface CommandIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Where `-` reads from; standard input when absent. */
  stdin?: AsyncIterable<Buffer | string>;
}
