import { RUN_DIR_VARIABLE, stopOffices } from "./support/libreoffice-office";

/** Stops the LibreOffice each jest worker kept (see global-setup.js) and removes their profiles. */
export default async function globalTeardown(): Promise<void> {
  const dir = process.env[RUN_DIR_VARIABLE];
  if (dir) stopOffices(dir);
}
