import { ruleKey } from "./rule-text";

export interface Zone {
  /** The name the roll-up writes. */
  name: string;
  /** Other names the same zone goes by (`宁波前湾新区` for `前湾新区`). */
  aliases: string[];
}

export interface City {
  /** `湖州市` */
  name: string;
  /** `湖州` */
  short: string;
  /** County-level divisions (区, 县, 县级市), as docs/DOMAIN.md#reference-data lists them. */
  divisions: string[];
  /** Functional zones the notices address separately from the divisions. */
  zones: Zone[];
}

/** Zhejiang's 11 prefecture-level cities (docs/DOMAIN.md#reference-data). */
export const CITIES: readonly City[] = [
  {
    name: "杭州市",
    short: "杭州",
    divisions: ["上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "临平区", "钱塘区", "富阳区", "临安区", "桐庐县", "淳安县", "建德市"],
    zones: [],
  },
  {
    name: "宁波市",
    short: "宁波",
    divisions: ["海曙区", "江北区", "北仑区", "镇海区", "鄞州区", "奉化区", "余姚市", "慈溪市", "象山县", "宁海县"],
    zones: [
      { name: "宁波高新区", aliases: ["宁波国家高新区"] },
      { name: "前湾新区", aliases: ["宁波前湾新区"] },
      { name: "东钱湖旅游度假区", aliases: ["宁波东钱湖旅游度假区", "东钱湖"] },
    ],
  },
  {
    name: "温州市",
    short: "温州",
    divisions: ["鹿城区", "龙湾区", "瓯海区", "洞头区", "永嘉县", "平阳县", "苍南县", "文成县", "泰顺县", "瑞安市", "乐清市", "龙港市"],
    zones: [],
  },
  {
    name: "嘉兴市",
    short: "嘉兴",
    divisions: ["南湖区", "秀洲区", "嘉善县", "海盐县", "海宁市", "平湖市", "桐乡市"],
    zones: [],
  },
  {
    name: "湖州市",
    short: "湖州",
    divisions: ["吴兴区", "南浔区", "德清县", "长兴县", "安吉县"],
    zones: [{ name: "南太湖新区", aliases: ["湖州南太湖新区"] }],
  },
  {
    name: "绍兴市",
    short: "绍兴",
    divisions: ["越城区", "柯桥区", "上虞区", "新昌县", "诸暨市", "嵊州市"],
    zones: [],
  },
  {
    name: "金华市",
    short: "金华",
    divisions: ["婺城区", "金东区", "武义县", "浦江县", "磐安县", "兰溪市", "义乌市", "东阳市", "永康市"],
    zones: [],
  },
  {
    name: "衢州市",
    short: "衢州",
    divisions: ["柯城区", "衢江区", "常山县", "开化县", "龙游县", "江山市"],
    zones: [],
  },
  {
    name: "舟山市",
    short: "舟山",
    divisions: ["定海区", "普陀区", "岱山县", "嵊泗县"],
    zones: [],
  },
  {
    name: "台州市",
    short: "台州",
    divisions: ["椒江区", "黄岩区", "路桥区", "临海市", "温岭市", "玉环市", "天台县", "仙居县", "三门县"],
    zones: [{ name: "台州湾新区", aliases: ["台州湾经济技术开发区"] }],
  },
  {
    name: "丽水市",
    short: "丽水",
    divisions: ["莲都区", "青田县", "缙云县", "遂昌县", "松阳县", "云和县", "庆元县", "景宁畲族自治县", "龙泉市"],
    zones: [],
  },
];

/** The district value of a city's own schools. */
export const MUNICIPAL_DISTRICT = "市直属学校";
/** Spellings of it that are accepted as written (not a rewrite). */
const MUNICIPAL_SPELLINGS = new Set(["市直属学校", "市直属"]);
/** Spellings understood and rewritten. */
const MUNICIPAL_VARIANTS = new Set(["直属学校", "市直学校", "市直", "市属学校", "市直属单位"]);

export type DistrictKind = "division" | "zone" | "municipal";

export interface District {
  /** The canonical name (`吴兴区`, `前湾新区`, `市直属学校`). */
  name: string;
  /** The city it belongs to; for `市直属学校` the city given or written (`湖州市直属学校`), else absent. */
  city?: string;
  kind: DistrictKind;
  /** The text was understood and rewritten (suffix missing, alias, city prefix): `normalized-value`. */
  normalized: boolean;
}

interface Entry {
  name: string;
  city: string;
  kind: "division" | "zone";
}

/** Suffixes a division may be written without (`吴兴` for `吴兴区`, `景宁` for `景宁畲族自治县`). */
const SUFFIX = /(畲族自治县|自治县|区|县|市)$/;
/** Trailing words around a district name in an info line (`吴兴区教育局（盖章）`). */
const TRAILER = /(\((盖章|公章)\)|盖章|教育局|教育体育局|教体局)+$/;

const EXACT = new Map<string, Entry>();
const SHORT = new Map<string, Entry[]>();
for (const city of CITIES) {
  for (const name of city.divisions) {
    EXACT.set(name, { name, city: city.name, kind: "division" });
    const short = name.replace(SUFFIX, "");
    if (short.length >= 2) SHORT.set(short, [...(SHORT.get(short) ?? []), { name, city: city.name, kind: "division" }]);
  }
  for (const zone of city.zones) {
    EXACT.set(zone.name, { name: zone.name, city: city.name, kind: "zone" });
    for (const alias of zone.aliases) SHORT.set(alias, [...(SHORT.get(alias) ?? []), { name: zone.name, city: city.name, kind: "zone" }]);
  }
}

function cityByName(text: string): City | undefined {
  const key = ruleKey(text);
  return CITIES.find((city) => city.name === key || city.short === key);
}

/**
 * Resolves a district cell. With `city` (name or short name), only that city's divisions, zones
 * and `市直属学校` resolve. A leading province or city (`浙江省湖州市吴兴区`) and a trailing
 * `教育局`/`（盖章）` are dropped; a name without its suffix (`吴兴`) or a zone's alias resolves
 * with `normalized: true`. A short name shared by two cities resolves only when `city` is given.
 * Returns `undefined` for anything else (blank included).
 */
export function resolveDistrict(value: unknown, city?: string): District | undefined {
  const within = city === undefined ? undefined : cityByName(city);
  if (city !== undefined && within === undefined) return undefined;
  const written = ruleKey(value);
  let text = written.replace(TRAILER, "");
  let rewritten = text !== written;
  const province = text.replace(/^浙江省?/, "");
  if (province !== text) [text, rewritten] = [province, true];
  let writtenCity: City | undefined;
  for (const candidate of CITIES) {
    for (const prefix of [candidate.name, candidate.short]) {
      if (text.startsWith(prefix) && text.length > prefix.length && !EXACT.has(text) && !SHORT.has(text)) {
        writtenCity = candidate;
        text = text.slice(prefix.length);
        rewritten = true;
        break;
      }
    }
    if (writtenCity) break;
  }
  if (writtenCity && within && writtenCity !== within) return undefined;
  const cityName = (within ?? writtenCity)?.name;
  if (text === "") return undefined;

  if (MUNICIPAL_SPELLINGS.has(text) || MUNICIPAL_VARIANTS.has(text) || (writtenCity && /^直属(学校)?$/.test(text))) {
    const normalized = rewritten || !MUNICIPAL_SPELLINGS.has(text);
    return { name: MUNICIPAL_DISTRICT, ...(cityName ? { city: cityName } : {}), kind: "municipal", normalized };
  }
  const exact = EXACT.get(text);
  const candidates = exact ? [exact] : (SHORT.get(text) ?? SHORT.get(text.replace(SUFFIX, "")) ?? []);
  const matches = cityName ? candidates.filter((entry) => entry.city === cityName) : candidates;
  if (matches.length !== 1) return undefined;
  const [entry] = matches;
  return { name: entry.name, city: entry.city, kind: entry.kind, normalized: rewritten || entry.name !== text };
}

/**
 * The city a text names: `湖州市教育局`, `湖州`, `湖州市`, `浙江省湖州市…`, or a district of it
 * (`吴兴区` → `湖州市`). `undefined` when none.
 */
export function cityOf(value: unknown): string | undefined {
  const text = ruleKey(value).replace(/^浙江省?/, "");
  if (text === "") return undefined;
  const named = CITIES.find((city) => text.startsWith(city.name) || text.startsWith(city.short));
  if (named) return named.name;
  return resolveDistrict(text)?.city;
}

/** The city record for a name or short name (`湖州` / `湖州市`). */
export function findCity(value: unknown): City | undefined {
  return cityByName(ruleKey(value));
}
