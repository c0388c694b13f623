import type { FileResult } from "../model/sheet-result";

/**
 * A file as a roll-up receives it: what the engine read from it, and when it was last changed
 * (the file's modification time in a folder, an entry's time in a zip, a browser File's
 * `lastModified`). The time decides which of two files of one school is the newer; without it the
 * name's correction markers (修改, 补报, 更正, v2) decide.
 */
export type SubmittedFile = FileResult & { modified?: Date };
