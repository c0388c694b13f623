import type { ConflictChoice } from "../../excel/write-rollup";

export type { ConflictChoice };

/** The question on screen: a sheet of this name exists; `index` counts the questions of this write from 1. */
export interface ConflictQuestion {
  name: string;
  index: number;
}

/**
 * Asks the person what to do with each sheet name the roll-up would overwrite, one question at a time,
 * for one write. Plain logic behind the pane's dialog: `ask` is handed to `writeRollup` as
 * `onConflict`; the dialog shows `question` and calls `answer` (or `dismiss`, which cancels: closing
 * the dialog must never overwrite a sheet). An answer given "for all" answers the rest of this write.
 */
export interface ConflictAsker {
  ask(name: string): Promise<ConflictChoice>;
  answer(choice: ConflictChoice, forAll?: boolean): void;
  /** Closing the dialog (Esc, ×): cancel. */
  dismiss(): void;
  /** Ends the write: a question still open is cancelled. */
  close(): void;
  readonly question: ConflictQuestion | undefined;
}

export function createConflictAsker(onQuestion: (question: ConflictQuestion | undefined) => void): ConflictAsker {
  const waiting: Array<{ name: string; resolve: (choice: ConflictChoice) => void }> = [];
  let remembered: ConflictChoice | undefined;
  let asked = 0;
  let question: ConflictQuestion | undefined;
  let closed = false;

  const show = () => {
    const next = waiting[0];
    question = next ? { name: next.name, index: asked } : undefined;
    onQuestion(question);
  };

  const settle = (choice: ConflictChoice, forAll: boolean) => {
    const head = waiting.shift();
    if (!head) return;
    // After a cancel nothing is written, so any later question is moot: cancel it too.
    if (forAll || choice === "cancel") remembered = choice;
    head.resolve(choice);
    while (remembered !== undefined && waiting.length > 0) waiting.shift()!.resolve(remembered);
    if (waiting.length > 0) asked += 1;
    show();
  };

  return {
    ask(name) {
      if (closed) return Promise.resolve("cancel");
      if (remembered !== undefined) return Promise.resolve(remembered);
      return new Promise<ConflictChoice>((resolve) => {
        waiting.push({ name, resolve });
        if (waiting.length === 1) {
          asked += 1;
          show();
        }
      });
    },
    answer: (choice, forAll = false) => settle(choice, forAll),
    dismiss: () => settle("cancel", false),
    close() {
      closed = true;
      while (waiting.length > 0) waiting.shift()!.resolve("cancel");
      show();
    },
    get question() {
      return question;
    },
  };
}
