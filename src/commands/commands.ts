/*
 * The ribbon's function file. In the shared runtime this bundle loads inside taskpane.html; the
 * Office calls themselves live in src/excel/ribbon-commands.ts.
 */
import { registerRibbonCommands } from "../excel/ribbon-commands";

registerRibbonCommands();
