export { openArchive, ARCHIVE_PATH_SEPARATOR, type ArchiveEntry, type ArchiveListing, type ArchiveOptions, type ArchiveSkip, type EntryBytes } from "./open-archive";
export { ARCHIVE_EXTENSIONS, REFUSED_EXTENSIONS, SUBMISSION_EXTENSIONS, baseName, isArchiveName, nameSkipReason, type NameSkipReason } from "./submission-names";
