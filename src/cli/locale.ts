/** The languages of every message the CLI prints: the product's locales (zh-CN first, en-US too). */
export { LOCALES, isLocale, type Locale } from "../core/text/locale";
