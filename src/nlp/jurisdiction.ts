// Spots mentions of the devolved nations (by name, main towns and councils) so answers can
// prefer entries for that nation and warn when an England-only rule is quoted.
import type { Jurisdiction } from '../types.js';

const PLACES: Record<Exclude<Jurisdiction, 'england'>, string[]> = {
  wales: [
    'wales', 'welsh', 'cymru', 'senedd', 'cardiff', 'swansea', 'wrexham', 'aberystwyth', 'carmarthen', 'carmarthenshire', 'pembrokeshire',
    'gwynedd', 'powys', 'ceredigion', 'conwy', 'denbighshire', 'flintshire', 'anglesey', 'ynys mon', 'monmouthshire', 'torfaen',
    'caerphilly', 'rhondda', 'merthyr tydfil', 'bridgend', 'neath', 'llanelli', 'llandudno', 'brecon', 'abergavenny', 'vale of glamorgan',
    'blaenau gwent', 'newport wales', 'machynlleth', 'aberaeron', 'barmouth', 'dolgellau', 'caernarfon', 'pwllheli', 'porthmadog',
    'harlech', 'llangollen', 'ruthin', 'denbigh', 'holywell', 'rhyl', 'prestatyn', 'colwyn bay', 'betws y coed', 'betws-y-coed', 'blaenau ffestiniog',
    'tenby', 'haverfordwest', 'fishguard', 'st davids', 'milford haven', 'narberth', 'llandeilo', 'llandovery', 'lampeter', 'tregaron',
    'welshpool', 'llanidloes', 'builth wells', 'llandrindod wells', 'hay on wye', 'hay-on-wye', 'crickhowell', 'chepstow', 'monmouth', 'usk',
    'pontypridd', 'pontypool', 'cwmbran', 'ebbw vale', 'tredegar', 'aberdare', 'porthcawl', 'penarth', 'cowbridge', 'llantwit major',
    'port talbot', 'gower', 'mumbles', 'ammanford', 'kidwelly', 'laugharne', 'st asaph', 'beaumaris', 'holyhead', 'llangefni',
    // Counties, old counties and more towns: people name where they are, not the nation.
    'snowdonia', 'eryri', 'bala', 'rhayader', 'presteigne', 'radnorshire', 'brecknockshire', 'montgomeryshire', 'glamorgan',
    'merthyr', 'caerdydd', 'abertawe', 'ystradgynlais', 'pontardawe', 'maesteg', 'treorchy', 'blaenavon', 'llanberis', 'criccieth',
    'nefyn', 'aberdaron', 'amlwch', 'menai bridge', 'deganwy', 'abergele', 'chirk', 'corwen', 'newcastle emlyn', 'st clears',
    'whitland', 'pembroke dock', 'saundersfoot', 'pen llyn', 'llyn peninsula', 'cardigan bay',
  ],
  scotland: [
    'scotland', 'scottish', 'scot', 'scots', 'holyrood', 'edinburgh', 'glasgow', 'aberdeen', 'aberdeenshire', 'dundee', 'inverness', 'highland council',
    'highlands', 'stirling', 'perth and kinross', 'fife', 'argyll', 'moray', 'lothian', 'ayrshire', 'lanarkshire', 'renfrewshire',
    'dumfries', 'galloway', 'scottish borders', 'shetland', 'orkney', 'hebrides', 'western isles', 'eilean siar', 'falkirk',
    'clackmannanshire', 'paisley', 'kilmarnock', 'skye', 'oban', 'ullapool', 'dingwall', 'fort william', 'aviemore', 'st andrews',
    'portree', 'thurso', 'elgin', 'nairn', 'peebles', 'melrose', 'kelso', 'hawick', 'galashiels', 'crieff', 'pitlochry', 'callander',
    'kirkcaldy', 'dunfermline', 'east kilbride', 'motherwell', 'ayr', 'stranraer', 'campbeltown', 'lochaber', 'caithness', 'arran',
    'islay', 'jura', 'tiree', 'iona', 'cairngorms', 'loch lomond', 'trossachs', 'glencoe', 'kirkwall', 'lerwick', 'stornoway', 'uist',
    // Counties, old counties and more towns: people name where they are, not the nation. Names
    // shared with another nation are left out (Deeside is in Aberdeenshire and in Flintshire).
    'perth', 'perthshire', 'kinross', 'arbroath', 'montrose', 'forfar', 'brechin', 'stonehaven', 'peterhead', 'fraserburgh',
    'huntly', 'banchory', 'ballater', 'braemar', 'aboyne', 'speyside', 'banff', 'banffshire', 'buckie', 'forres',
    'lossiemouth', 'grantown on spey', 'kingussie', 'newtonmore', 'dornoch', 'golspie', 'invergordon', 'alness', 'gairloch',
    'lochcarron', 'kyle of lochalsh', 'mallaig', 'tobermory', 'isle of mull', 'isle of lewis', 'isle of harris', 'barra',
    'benbecula', 'dunoon', 'rothesay', 'isle of bute', 'helensburgh', 'largs', 'girvan', 'troon', 'prestwick', 'dalkeith',
    'musselburgh', 'haddington', 'north berwick', 'linlithgow', 'bathgate', 'alloa', 'dunblane', 'cupar', 'anstruther',
    'glenrothes', 'dumbarton', 'dunbartonshire', 'clydebank', 'coatbridge', 'airdrie', 'cumbernauld', 'greenock', 'inverclyde',
    'lanark', 'moffat', 'lockerbie', 'castle douglas', 'newton stewart', 'wigtown', 'kirkcudbright', 'dumfriesshire', 'selkirk',
    'jedburgh', 'eyemouth', 'berwickshire', 'ross shire', 'inverness shire', 'stirlingshire', 'kincardineshire', 'morayshire',
    'wester ross', 'kirriemuir', 'blairgowrie', 'auchterarder', 'aberfeldy', 'dunkeld', 'glenshee',
  ],
  'northern-ireland': [
    'northern ireland', 'northern irish', 'belfast', 'derry', 'londonderry', 'ulster', 'antrim', 'armagh', 'fermanagh', 'tyrone',
    'lisburn', 'newry', 'omagh', 'enniskillen', 'coleraine', 'ballymena', 'craigavon', 'stormont', 'causeway coast', 'county down', 'co down',
    'carrickfergus', 'larne', 'portrush', 'ballycastle', 'newtownards', 'downpatrick', 'banbridge', 'strabane', 'dungannon', 'cookstown',
    'magherafelt', 'limavady', 'ballymoney', 'portstewart', 'mourne',
    // The nation's name written short: in questions about community rights "NI" has meant
    // Northern Ireland in every question bank so far, never National Insurance.
    'ni', 'n ireland', 'norn iron',
    // Counties and more towns: people name where they are, not the nation.
    'newtownabbey', 'holywood', 'ards', 'lurgan', 'portadown', 'dromore', 'kilkeel', 'warrenpoint', 'lough neagh', 'ballyclare',
    'randalstown', 'comber', 'saintfield', 'killyleagh', 'ballynahinch', 'castlewellan', 'rathfriland', 'keady', 'lisnaskea',
    'irvinestown', 'castlederg', 'dungiven', 'maghera', 'portglenone', 'bushmills',
  ],
};

// English counties and the largest cities and London boroughs, so "what if it was over the border
// in Shropshire?" after a Welsh answer moves the conversation back to England. Names that are
// also everyday words (Bath, Reading, Sale, Wells, March, Ware, Deal) are left out.
const ENGLAND = [
  'england', 'english', 'bedfordshire', 'berkshire', 'buckinghamshire', 'cambridgeshire', 'cheshire', 'cornwall', 'cumbria',
  'derbyshire', 'devon', 'dorset', 'county durham', 'essex', 'gloucestershire', 'hampshire', 'herefordshire', 'hertfordshire',
  'isle of wight', 'kent', 'lancashire', 'leicestershire', 'lincolnshire', 'norfolk', 'northamptonshire', 'northumberland',
  'nottinghamshire', 'oxfordshire', 'rutland', 'shropshire', 'somerset', 'staffordshire', 'suffolk', 'surrey', 'sussex',
  'warwickshire', 'wiltshire', 'worcestershire', 'yorkshire', 'merseyside', 'tyne and wear', 'greater manchester', 'west midlands',
  'london', 'birmingham', 'manchester', 'liverpool', 'leeds', 'sheffield', 'bristol', 'newcastle', 'nottingham', 'leicester',
  'coventry', 'bradford', 'brighton', 'plymouth', 'southampton', 'portsmouth', 'norwich', 'exeter', 'oxford', 'cambridge', 'york',
  'hull', 'derby', 'wolverhampton', 'sunderland', 'middlesbrough', 'preston', 'blackpool', 'carlisle', 'gloucester', 'cheltenham',
  'bournemouth', 'ipswich', 'peterborough', 'milton keynes', 'swindon', 'luton', 'hackney', 'camden', 'islington', 'lambeth',
  'southwark', 'tower hamlets', 'croydon', 'cotswolds', 'lake district', 'peak district',
  // Towns near the Welsh and Scottish borders, where "what if it was over the border?" comes up.
  'oswestry', 'shrewsbury', 'ludlow', 'hereford', 'chester', 'ross on wye', 'leominster', 'kington', 'clun',
  'berwick', 'berwick upon tweed', 'hexham', 'alnwick', 'kendal', 'penrith', 'keswick',
];
const ENGLAND_RE = new RegExp(`\\b(${ENGLAND.join('|')})\\b`);
const ENGLAND_ALL = new RegExp(ENGLAND_RE.source, 'g');

/** The words the knowledge itself uses for each nation; they stand in for place names in a question. */
export const NATION_WORDS: Record<Jurisdiction, string[]> = {
  england: ['england'],
  wales: ['wales'],
  scotland: ['scotland'],
  'northern-ireland': ['northern', 'ireland'],
};

export const NATION_NAMES: Record<Jurisdiction, string> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

const MATCHERS = (Object.entries(PLACES) as [Jurisdiction, string[]][]).map(([nation, places]) => ({
  nation,
  places,
  re: new RegExp(`\\b(${places.join('|')})\\b`, 'g'),
}));

export interface JurisdictionHit {
  nations: Jurisdiction[];
  /** Place words found, to be replaced by the nation's own words before matching. */
  placeTokens: Set<string>;
  /** Words of English places found ("kent", "leeds"): kept for matching, but known as places. */
  englandTokens: Set<string>;
}

// "Welsh" as a language ("what's the Welsh for community centre", "translate it into Welsh") says
// nothing about where a group is. Bounded alternations only: linear on any input.
const WELSH_LANGUAGE = /\bwelsh (for|translation|translations|language|word|words|name|names|speakers?|speaking|lessons?|version|spelling)\b|\b(in|into|to) welsh$/g;

/** Looks for nations in normalised (lower-case, punctuation-free) text. */
export function detectJurisdictions(normalised: string): JurisdictionHit {
  const nations: Jurisdiction[] = [];
  const placeTokens = new Set<string>();
  const text = normalised.replace(WELSH_LANGUAGE, (m) => m.replace('welsh', 'cymraeg'));
  for (const { nation, re } of MATCHERS) {
    re.lastIndex = 0;
    const found = text.match(re);
    if (found) {
      nations.push(nation);
      for (const f of found) for (const t of f.split(' ')) placeTokens.add(t);
    }
  }
  const englandTokens = new Set<string>();
  const inEngland = text.match(ENGLAND_ALL);
  if (inEngland) {
    nations.push('england');
    for (const f of inEngland) for (const t of f.split(' ')) englandTokens.add(t);
  }
  return { nations, placeTokens, englandTokens };
}
