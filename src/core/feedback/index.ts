/** Sending problems back to schools: which files, their messages, their copies' problem lists and names. */
export { feedbackFiles, type FeedbackFile, type MissingSubmitter } from "./feedback-files";
export { schoolMessage, MESSAGE_LIMIT } from "./school-message";
export { problemLines, type ProblemLine } from "./problem-list";
export { copyNames, MESSAGES_FILE } from "./copy-name";
export { messagesText } from "./messages-text";
export { sheetFeedback } from "./sheet-feedback";
