/**
 * A rejected artifact: names the file and the problem, and the byte offset
 * where one is known (broken JSON, invalid UTF-8).
 */
export class ArtifactError extends Error {
  readonly file: string;
  readonly problem: string;
  readonly byteOffset: number | undefined;
  /** True when the input was refused for its size (an HTTP 413, not a 422). */
  readonly isTooLarge: boolean;

  constructor(
    file: string,
    problem: string,
    options: { byteOffset?: number; isTooLarge?: boolean } = {},
  ) {
    const at =
      options.byteOffset === undefined
        ? ""
        : ` (at byte ${options.byteOffset})`;
    super(`${file}: ${problem}${at}`);
    this.name = "ArtifactError";
    this.file = file;
    this.problem = problem;
    this.byteOffset = options.byteOffset;
    this.isTooLarge = options.isTooLarge ?? false;
  }
}

export function isArtifactError(error: unknown): error is ArtifactError {
  return error instanceof ArtifactError;
}
