// Compact, general word lists for the rule-based entity finders: world countries and their demonyms,
// capitals and large cities, regions, common given names, organisation and place head words, titles.
// Every list is built once at module load into a Set or Map keyed by lower-case text.

const words = (list: string): string[] => list.split('|').map((w) => w.trim()).filter(Boolean);
const lowerSet = (...lists: string[]): Set<string> => new Set(lists.flatMap(words).map((w) => w.toLowerCase()));

// Country and territory names as news writes them.
const COUNTRIES = `Afghanistan|Albania|Algeria|Andorra|Angola|Antigua|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|Herzegovina|
Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|Chad|
Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|
Dominican Republic|East Timor|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|
France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|
Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|
Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|
Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|
Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|
North Macedonia|Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|
Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|
Slovakia|Slovenia|Somalia|South Africa|South Korea|Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|
Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad|Tobago|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|
Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|
Northern Ireland|United States|United States of America|US|U.S.|USA|U.S.A.|America|Uruguay|Uzbekistan|Vanuatu|Vatican|
Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Yugoslavia|Soviet Union|USSR|Czechoslovakia|Zaire|Chechnya|Greenland|
Puerto Rico|Hong Kong|Macau|Gaza|Gaza Strip|West Bank|Crimea|Donbas|Tibet|Kurdistan|Kashmir|Catalonia|Scandinavia|Balkans`;

// Continents, large regions, seas and other places that are not countries.
const REGIONS = `Europe|Asia|Africa|North America|South America|Latin America|Central America|Antarctica|Arctic|Oceania|
Middle East|Near East|Far East|Eurasia|Caribbean|Pacific|Atlantic|Mediterranean|Baltic|Black Sea|Red Sea|North Sea|
Persian Gulf|Gulf|Sahara|Siberia|Caucasus|Balkans|Andes|Alps|Himalayas|Amazon|Nile|Danube|Rhine|Thames|Mississippi|
Yangtze|Euphrates|Tigris|Suez|Sinai|Golan|Golan Heights|Kurdistan|Patagonia|Bavaria|Flanders|Wallonia|Lapland|Ulster|
Silicon Valley|Wall Street|Downing Street|Capitol Hill|Manhattan|Brooklyn|Bronx|Queens|Westminster|Whitehall|
Midwest|New England|Pentagon|West Africa|East Africa|North Africa|Southern Africa|Western Europe|Eastern Europe|
Central Europe|Southeast Asia|South Asia|Central Asia|East Asia|Sub-Saharan Africa|White House|Oval Office`;

// US states, Canadian provinces, Australian states and other sub-national units often named alone.
const SUBNATIONAL = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|
Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|
Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|
Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|
Wyoming|Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New South Wales|Queensland|Victoria|
Tasmania|Western Australia|South Australia|Punjab|Bengal|Kerala|Tamil Nadu|Gujarat|Bihar|Sindh|Xinjiang|Guangdong|
Sichuan|Yunnan|Hokkaido|Okinawa|Sicily|Sardinia|Corsica|Tuscany|Lombardy|Andalusia|Normandy|Brittany|Provence|
Alsace|Saxony|Yorkshire|Lancashire|Kent|Essex|Surrey|Sussex|Devon|Cornwall|Cumbria|Merseyside|Kharkiv|Donetsk|Luhansk|
Zaporizhzhia|Kherson|Odesa|Odessa|Mariupol|Bakhmut|Dnipro|Lviv|Kursk|Belgorod|Mindanao|Java|Sumatra|Borneo|Bali|
Tasmania|Kashmir|Darfur|Transylvania|Bosnia|Kosovo|Chechnya|Dagestan|Ossetia|Abkhazia|Nagorno-Karabakh|Karabakh`;

// Capitals and large or newsworthy cities.
const CITIES = `London|Paris|Berlin|Madrid|Rome|Lisbon|Dublin|Brussels|Amsterdam|The Hague|Hague|Luxembourg|Vienna|Bern|Geneva|
Zurich|Basel|Stockholm|Oslo|Copenhagen|Helsinki|Reykjavik|Warsaw|Prague|Bratislava|Budapest|Bucharest|Sofia|Athens|
Belgrade|Zagreb|Ljubljana|Sarajevo|Skopje|Tirana|Podgorica|Pristina|Chisinau|Kyiv|Kiev|Minsk|Vilnius|Riga|Tallinn|
Moscow|St Petersburg|Saint Petersburg|St. Petersburg|Ankara|Istanbul|Nicosia|Valletta|Monaco|Edinburgh|Glasgow|Cardiff|
Belfast|Manchester|Liverpool|Birmingham|Leeds|Sheffield|Bristol|Newcastle|Nottingham|Leicester|Oxford|Cambridge|
Southampton|Brighton|Aberdeen|Dundee|Hamburg|Munich|Frankfurt|Cologne|Stuttgart|Dusseldorf|Düsseldorf|Dresden|Leipzig|
Bonn|Hanover|Marseille|Lyon|Toulouse|Nice|Bordeaux|Strasbourg|Lille|Nantes|Milan|Naples|Turin|Florence|Venice|Genoa|
Bologna|Palermo|Barcelona|Valencia|Seville|Bilbao|Porto|Rotterdam|Antwerp|Gothenburg|Krakow|Gdansk|Wroclaw|Salzburg|
Washington|New York City|Los Angeles|Chicago|Houston|Philadelphia|Phoenix|San Antonio|San Diego|Dallas|San Francisco|
Seattle|Boston|Miami|Atlanta|Denver|Detroit|Las Vegas|Baltimore|Pittsburgh|Cleveland|Cincinnati|Minneapolis|
St Louis|St. Louis|New Orleans|Nashville|Memphis|Austin|Portland|Sacramento|Honolulu|Anchorage|Orlando|Tampa|Charlotte|
Milwaukee|Indianapolis|Columbus|Kansas City|Salt Lake City|Albuquerque|Oklahoma City|Buffalo|Toronto|Montreal|Vancouver|
Ottawa|Calgary|Edmonton|Winnipeg|Mexico City|Guadalajara|Monterrey|Havana|Kingston|Bogota|Bogotá|Caracas|Lima|Quito|
La Paz|Santiago|Buenos Aires|Montevideo|Asuncion|Brasilia|Brasília|Rio de Janeiro|Rio|Sao Paulo|São Paulo|Panama City|
San Jose|Managua|Tegucigalpa|San Salvador|Guatemala City|Santo Domingo|Port-au-Prince|Beijing|Peking|Shanghai|
Hong Kong|Guangzhou|Shenzhen|Wuhan|Chengdu|Tianjin|Chongqing|Nanjing|Taipei|Tokyo|Osaka|Kyoto|Yokohama|Hiroshima|
Nagasaki|Seoul|Busan|Pyongyang|Ulaanbaatar|Hanoi|Ho Chi Minh City|Saigon|Bangkok|Phnom Penh|Vientiane|Yangon|Rangoon|
Naypyidaw|Kuala Lumpur|Singapore|Jakarta|Manila|Dili|New Delhi|Delhi|Mumbai|Bombay|Kolkata|Calcutta|Chennai|Madras|
Bangalore|Bengaluru|Hyderabad|Ahmedabad|Islamabad|Karachi|Lahore|Peshawar|Kabul|Kandahar|Dhaka|Kathmandu|Colombo|
Male|Thimphu|Tehran|Baghdad|Basra|Mosul|Damascus|Aleppo|Homs|Beirut|Amman|Jerusalem|Tel Aviv|Haifa|Ramallah|
Riyadh|Jeddah|Mecca|Medina|Doha|Dubai|Abu Dhabi|Muscat|Sanaa|Aden|Kuwait City|Manama|Cairo|Alexandria|Tripoli|
Benghazi|Tunis|Algiers|Rabat|Casablanca|Khartoum|Addis Ababa|Asmara|Mogadishu|Nairobi|Kampala|Kigali|Dodoma|
Dar es Salaam|Lusaka|Harare|Maputo|Lilongwe|Gaborone|Windhoek|Pretoria|Johannesburg|Cape Town|Durban|Luanda|Kinshasa|
Brazzaville|Lagos|Abuja|Accra|Dakar|Bamako|Niamey|Ouagadougou|Abidjan|Yamoussoukro|Monrovia|Freetown|Conakry|
Banjul|Nouakchott|Yaounde|Libreville|Bangui|Juba|N'Djamena|Antananarivo|Canberra|Sydney|Melbourne|Brisbane|Perth|
Adelaide|Auckland|Wellington|Christchurch|Tashkent|Almaty|Astana|Bishkek|Dushanbe|Ashgabat|Baku|Tbilisi|Yerevan|
Grozny|Sevastopol|Yalta|Novosibirsk|Vladivostok|Yekaterinburg|Kazan|Volgograd|Stalingrad|Leningrad|Gorlovka|
Srebrenica|Mostar|Tuzla|Banja Luka|Dubrovnik|Split|Hebron|Nablus|Jenin|Bethlehem|Rafah|Khan Younis|Fallujah|Kirkuk|
Erbil|Raqqa|Idlib|Srinagar|Lhasa|Macau|Goma|Bukavu|Timbuktu|Davos|Camp David|Chernobyl|Fukushima`;

/** Every lower-cased place name: countries, regions, sub-national units, cities. */
export const PLACES = lowerSet(COUNTRIES, REGIONS, SUBNATIONAL, CITIES);
/** Countries alone: a country's national team is still written as the country, a city's team is an organisation. */
export const COUNTRY_NAMES = lowerSet(COUNTRIES);

/**
 * Country name (lower case) → canonical group key, so "US", "U.S." and "United States" are one entity.
 * No prototype: a name such as "Constructor" or "toString" must not look like an alias.
 */
const COUNTRY_ALIASES: Record<string, string> = Object.create(null);
for (const group of [
  'United States|US|U.S.|USA|U.S.A.|America|United States of America',
  'United Kingdom|UK|U.K.|Britain|Great Britain',
  'European Union|EU|E.U.',
  'United Nations|UN|U.N.',
  'United Arab Emirates|UAE|U.A.E.',
  'Soviet Union|USSR|U.S.S.R.',
  'North Atlantic Treaty Organization|North Atlantic Treaty Organisation|NATO|Nato',
  'Democratic Republic of Congo|Democratic Republic of the Congo|DRC|DR Congo',
  'Netherlands|Holland|The Netherlands',
  'Myanmar|Burma',
  'Czech Republic|Czechia',
  'Ivory Coast|Côte d’Ivoire|Cote d\'Ivoire',
  'Kyiv|Kiev',
  'South Korea|Republic of Korea',
  'North Korea|DPRK',
  'Russia|Russian Federation',
  'China|People\'s Republic of China|PRC',
]) {
  const names = words(group);
  for (const n of names) COUNTRY_ALIASES[n.toLowerCase()] = names[0].toLowerCase();
}
/**
 * US states by their abbreviations in news style ("Berkeley, Calif."): one entity with the state's name. Not countries:
 * a state's name keeps the type a recogniser gives it (often a team's, in sports results). The full stop of an
 * abbreviation of three letters or more may be left out ("Calif" ends a sentence); "Pa" and "Va" without it are
 * other names' ("PA", "VA"). Left out: abbreviations that are also words of other names or titles ("Del." a delegate,
 * "Miss", "Ind." an independent, "La", "Mo"), and Washington (a city and a government too).
 */
const STATE_ALIASES: Record<string, string> = Object.create(null);
/** The states' names as written, by lower-case name. */
const STATE_NAMES: Record<string, string> = Object.create(null);
for (const group of [
  'Alabama|Ala.', 'Arizona|Ariz.', 'Arkansas|Ark.', 'California|Calif.', 'Colorado|Colo.', 'Connecticut|Conn.',
  'Florida|Fla.', 'Illinois|Ill.', 'Kansas|Kan.|Kans.', 'Kentucky|Ky.', 'Maryland|Md.', 'Massachusetts|Mass.',
  'Michigan|Mich.', 'Minnesota|Minn.', 'Montana|Mont.', 'Nebraska|Neb.|Nebr.', 'Nevada|Nev.', 'New Hampshire|N.H.',
  'New Jersey|N.J.', 'New Mexico|N.M.', 'North Carolina|N.C.', 'North Dakota|N.D.', 'Oklahoma|Okla.', 'Oregon|Ore.',
  'Pennsylvania|Pa.|Penn.', 'Rhode Island|R.I.', 'South Carolina|S.C.', 'South Dakota|S.D.', 'Tennessee|Tenn.',
  'Texas|Tex.', 'Vermont|Vt.', 'Virginia|Va.', 'West Virginia|W.Va.|W. Va.', 'Wisconsin|Wis.|Wisc.', 'Wyoming|Wyo.',
]) {
  const names = words(group);
  const state = names[0].toLowerCase();
  STATE_NAMES[state] = names[0];
  for (const n of names.slice(1)) {
    STATE_ALIASES[n.toLowerCase()] = state;
    if (n.length >= 4 && n.indexOf('.') === n.length - 1) STATE_ALIASES[n.slice(0, -1).toLowerCase()] = state;
  }
}
/** A state, province or other part of a country, or a state's abbreviation ("missouri", "calif."), in lower case. */
const SUBNATIONAL_NAMES = lowerSet(SUBNATIONAL);
export const isStateName = (lowerName: string): boolean => SUBNATIONAL_NAMES.has(lowerName) || lowerName in STATE_ALIASES;
/** The first words of those names ("new" of "new hampshire", "calif."): a look-up before a longer run of words is read. */
export const STATE_FIRST_WORDS: ReadonlySet<string> = new Set([...SUBNATIONAL_NAMES, ...Object.keys(STATE_ALIASES)].map((n) => n.split(' ')[0]));
/** A country, a country's other name, or a state ("france", "u.s.", "texas", "calif."), in lower case. */
export const isCountryOrState = (lowerName: string): boolean => COUNTRY_NAMES.has(lowerName) || isStateName(lowerName) || isCountryAlias(lowerName);
/**
 * The lower-case key of a state's abbreviation as written ("Mich", "Calif.", and "Va" or "Pa": a trimmed "Va.", though
 * "VA" and "PA" are other names' as well), or undefined when `name` is none.
 */
function stateKeyOf(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (lower in STATE_ALIASES) return lower;
  return name.length === 2 && name.charCodeAt(1) >= 97 && `${lower}.` in STATE_ALIASES ? `${lower}.` : undefined;
}
/** The name of the state that an abbreviation as written stands for ("Mich", "Calif.", "Va": "Michigan" …), or undefined. */
export const stateOfAbbreviation = (name: string): string | undefined => {
  const key = stateKeyOf(name);
  return key === undefined ? undefined : STATE_NAMES[STATE_ALIASES[key]];
};
/** aliasKey() of a name as written, with "Va" and "Pa" read as the trimmed abbreviations they are. */
export const placeKey = (name: string): string => aliasKey(stateKeyOf(name) ?? name.toLowerCase());
export const aliasKey = (lowerName: string): string => COUNTRY_ALIASES[lowerName] ?? STATE_ALIASES[lowerName] ?? lowerName;
/** Names of the alias table that are countries (all but the EU, the UN and NATO): places whatever a recogniser says. */
export const isCountryAlias = (lowerName: string): boolean =>
  lowerName in COUNTRY_ALIASES && !['european union', 'united nations', 'north atlantic treaty organization', 'kyiv'].includes(COUNTRY_ALIASES[lowerName]);

// Demonyms and other adjectives that name a people, a religion or a bloc: 'misc' names, useful in roles.
/** Peoples named by faith or origin rather than by a country (a recogniser may tag them as places). */
export const PEOPLE_GROUPS = lowerSet('Muslims|Christians|Jews|Hindus|Sikhs|Buddhists|Catholics|Protestants|Evangelicals|Mormons|Latinos|Latinas|Hispanics|Arabs|Kurds|Sunnis|Shiites|Shias|Asians');

export const DEMONYMS = lowerSet(`Afghan|Albanian|Algerian|American|Angolan|Argentine|Argentinian|Armenian|Australian|
Austrian|Azerbaijani|Azeri|Bangladeshi|Belarusian|Belgian|Bolivian|Bosnian|Brazilian|British|Bulgarian|Burmese|
Cambodian|Cameroonian|Canadian|Chadian|Chilean|Chinese|Colombian|Congolese|Croatian|Croat|Cuban|Cypriot|Czech|Danish|
Dutch|Ecuadorian|Egyptian|English|Eritrean|Estonian|Ethiopian|European|Filipino|Finnish|French|Georgian|German|
Ghanaian|Greek|Guatemalan|Haitian|Honduran|Hungarian|Icelandic|Indian|Indonesian|Iranian|Iraqi|Irish|Israeli|Italian|
Ivorian|Jamaican|Japanese|Jordanian|Kazakh|Kenyan|Korean|Kosovar|Kurdish|Kuwaiti|Kyrgyz|Latvian|Lebanese|Liberian|
Libyan|Lithuanian|Luxembourgish|Macedonian|Malagasy|Malaysian|Malian|Maltese|Mexican|Moldovan|Mongolian|Montenegrin|
Moroccan|Mozambican|Namibian|Nepali|Nepalese|Nigerian|Nigerien|Norwegian|Omani|Pakistani|Palestinian|Panamanian|
Paraguayan|Persian|Peruvian|Polish|Portuguese|Qatari|Romanian|Russian|Rwandan|Saudi|Scottish|Senegalese|Serbian|Serb|
Singaporean|Slovak|Slovenian|Somali|Spanish|Sri Lankan|Sudanese|Swedish|Swiss|Syrian|Taiwanese|Tajik|Tanzanian|Thai|
Tibetan|Tunisian|Turkish|Turkmen|Ugandan|Ukrainian|Uruguayan|Uzbek|Venezuelan|Vietnamese|Welsh|Yemeni|Zambian|
Zimbabwean|Soviet|Yugoslav|Chechen|Catalan|Basque|Flemish|Walloon|Arab|Arabic|Asian|African|Latin|Nordic|Scandinavian|
Western|Eastern|Balkan|Baltic|Caribbean|Hispanic|Latino|Jewish|Muslim|Islamic|Christian|Catholic|Protestant|Orthodox|
Buddhist|Hindu|Sikh|Sunni|Shia|Shiite|Sufi|Anglican|Evangelical|Republican|Democrat|Democratic|Conservative|Labour|
Liberal|Socialist|Communist|Marxist|Nazi|Israeli-Palestinian|Transatlantic|Bosnian Serb|Bosnian Croat|Kremlin-backed|
Briton|Swede|Dane|Finn|Pole|Kurd|Jew|Moslem|Hutu|Tutsi|Pashtun|Tamil|Sinhalese|Uighur|Uyghur|Rohingya|Texan|Californian|
Afrikaner|Yankee|Brit|Scot|Aussie|Kiwi|Gulf Arab|Latin American|North American|South American|Central American|
South Korean|North Korean|South African|West African|East African|Southeast Asian|Far Eastern|Middle Eastern|
Philippine|Emirati|Bahraini|Bhutanese|Burundian|Costa Rican|Dominican|Salvadoran|Fijian|Gabonese|Gambian|Guinean|Guyanese|
Laotian|Malawian|Mauritanian|Mauritian|Nicaraguan|Sierra Leonean|Surinamese|Togolese|Trinidadian|Beninese|Belizean|
Barbadian|Bahamian|Samoan|Tongan|Puerto Rican|Kashmiri|Tatar|Yazidi|Druze|Alawite|Coptic|Maronite|Baloch|Hazara`);

// Last words that make a name an event, a prize or a competition (a 'misc' name, not an entity).
export const MISC_SUFFIXES = lowerSet(`Cup|Open|Championship|Championships|Games|Olympics|Olympiad|Tour|Masters|Classic|Prix|Series|
Trophy|Award|Awards|Prize|Medal|War|Festival|Expo|Summit|Conference|Marathon|Derby|Bowl|Rally|Grand Slam|Week|Day|Act|
Treaty|Accord|Accords|Agreement|Plan|Doctrine|Index|Bonds|Treasuries`);

// Common given names, international; a capitalised run starting with one is a person.
export const GIVEN_NAMES = lowerSet(`Aaron|Abdul|Abdullah|Adam|Adrian|Ahmad|Ahmed|Aidan|Alan|Albert|Alberto|Alejandro|Aleksandr|
Alex|Alexander|Alexandra|Alexei|Alexey|Alfred|Ali|Alice|Alicia|Alison|Allan|Amanda|Amy|Ana|Anatoly|Anders|Andre|Andrea|
Andreas|Andrei|Andrew|Andrey|Andriy|Andy|Angela|Angelo|Ann|Anna|Anne|Annie|Anthony|Antoine|Anton|Antonio|Arnold|Arthur|
Ashley|Audrey|Barack|Barbara|Barry|Ben|Benjamin|Benoit|Bernard|Bernie|Bill|Billy|Bob|Bobby|Boris|Brad|Bradley|Brandon|
Brett|Brian|Bruce|Bruno|Bryan|Carl|Carla|Carlos|Carol|Caroline|Catherine|Charles|Charlie|Chris|Christian|Christina|
Christine|Christopher|Chuck|Claire|Claude|Claudia|Colin|Craig|Cristina|Dan|Daniel|Daniela|Danny|Darren|Dave|David|
Dean|Deborah|Denis|Dennis|Derek|Diana|Diane|Dick|Diego|Dmitri|Dmitry|Dominic|Don|Donald|Donna|Doug|Douglas|Duncan|
Ed|Eddie|Edward|Elena|Elizabeth|Ella|Ellen|Emily|Emma|Emmanuel|Enrique|Eric|Erik|Ernst|Eugene|Eva|Evan|Fabio|Fatima|
Felipe|Felix|Fernando|Francesco|Francis|Francisco|Franco|Frank|Franz|Fred|Frederick|Gabriel|Gareth|Gary|Gavin|Geoff|
Geoffrey|George|Georgi|Gerald|Gerhard|Giorgio|Giovanni|Giuseppe|Glenn|Gordon|Graham|Greg|Gregory|Guy|Hamid|Hans|Harold|
Harry|Hassan|Heather|Heinz|Helen|Helmut|Henri|Henrik|Henry|Hillary|Howard|Hugh|Hugo|Hussein|Ian|Igor|Ilya|Isaac|Ivan|
Jack|Jacob|Jacques|Jake|James|Jamie|Jan|Jane|Janet|Jason|Javier|Jean|Jeff|Jeffrey|Jennifer|Jens|Jeremy|Jerry|Jessica|
Jim|Jimmy|Joan|Joanna|Joe|Joel|Johan|Johann|Johannes|John|Johnny|Jon|Jonathan|Jorge|Jose|José|Joseph|Josh|Joshua|Juan|
Judith|Julia|Julian|Julie|Jurgen|Jürgen|Justin|Karen|Karim|Karl|Kate|Katherine|Kathleen|Kathryn|Kay|Keith|Kelly|Ken|
Kenneth|Kevin|Khalid|Kim|Klaus|Kurt|Kyle|Lars|Laura|Lauren|Lawrence|Lee|Leo|Leon|Leonid|Linda|Lisa|Liz|Lorenzo|Louis|
Louise|Luc|Luca|Lucas|Lucy|Luis|Luke|Magnus|Mahmoud|Manuel|Marc|Marco|Marcus|Margaret|Maria|Marie|Mario|Mark|Martin|
Mary|Massimo|Mathieu|Matt|Matteo|Matthew|Maurice|Max|Maxim|Megan|Mehmet|Melissa|Michael|Michel|Michelle|Miguel|Mike|
Mikhail|Mohamed|Mohammad|Mohammed|Muhammad|Nancy|Natalia|Natalie|Nathan|Neil|Nicholas|Nick|Nicola|Nicolas|Niels|Nigel|
Nikita|Nikolai|Oleg|Oleksandr|Oleksiy|Olga|Oliver|Omar|Oscar|Owen|Pablo|Pamela|Paolo|Pascal|Patricia|Patrick|Paul|Paula|
Pavel|Pedro|Pete|Peter|Petr|Petro|Phil|Philip|Philippe|Pierre|Pieter|Rachel|Rafael|Ralph|Ramon|Randy|Ray|Raymond|Rebecca|
Reza|Ricardo|Richard|Rick|Rob|Robert|Roberto|Robin|Rod|Roger|Roman|Ron|Ronald|Rose|Ross|Roy|Ruth|Ryan|Sally|Sam|Samir|
Samuel|Sandra|Sara|Sarah|Scott|Sean|Sebastian|Serge|Sergei|Sergey|Sergio|Serhiy|Shane|Sharon|Shaun|Simon|Sophie|Stefan|
Stephen|Steve|Steven|Stuart|Susan|Sven|Tanya|Ted|Terry|Thomas|Tim|Timothy|Tina|Todd|Tom|Tommy|Tony|Tyler|Valentina|
Valery|Vasyl|Victor|Victoria|Viktor|Vincent|Vitali|Vitaly|Vladimir|Vladislav|Volodymyr|Walter|Wayne|Wei|Werner|Will|
William|Wolfgang|Xavier|Yevgeny|Yulia|Yuri|Yury|Yusuf|Zhang|Jens|Olaf|Keir|Rishi|Liz|Theresa|Emmanuel|Recep|Narendra|
Xi|Shinzo|Fumio|Benjamin|Bashar|Ayatollah|Kamala|Joe|Nicolas|Jair|Luiz|Justin|Scott|Jacinda|Ursula|Charles|Kwame|
Nelson|Desmond|Kofi|Boutros|Yasser|Yitzhak|Shimon|Ehud|Ariel|Saddam|Osama|Hosni|Muammar|Moammar|Benazir|Nawaz|Imran|
Rajiv|Sonia|Rahul|Indira|Jiang|Li|Hu|Deng|Mao|Ryutaro|Junichiro|Kim|Helmut|Jacques|Lionel|Alain|Silvio|Romano|Jose|
Felipe|Tony|Gordon|Margaret|Ronald|Newt|Bob|Al|Jesse|Pat|Ross|Lamberto|Carlo|Massimo|Oskar|Jorg|Jörg|Rudolf|Wim|Jean-Claude|
Jean-Marie|Jean-Pierre|Jean-Luc|Jean-Paul|Jean-Louis|Jean-Marc|Jean-Francois|Jean-François|Marie-Claude|Hans-Dietrich|
Radovan|Ratko|Slobodan|Franjo|Alija|Momcilo|Biljana|Haris|Kresimir|Zoran|Goran|Dragan|Milan|Milos|Nikola|Tomas|Vaclav|
Lech|Aleksander|Jerzy|Krzysztof|Wojciech|Gyula|Viktor|Nursultan|Heydar|Eduard|Levon|Mikheil|Askar|Islam|Saparmurat|
Emomali|Alexandre|Gustavo|Ernesto|Fidel|Raul|Raúl|Hugo|Evo|Alvaro|Álvaro|Andres|Andrés|Cristina|Dilma|Mauricio|
Sebastian|Michelle|Alberto|Vicente|Ernesto|Carlos|Augusto|Jaime|Ricardo|Cesar|César|Sani|Olusegun|Goodluck|Muhammadu|
Thabo|Jacob|Cyril|Robert|Emmerson|Paul|Yoweri|Uhuru|Daniel|Mwai|Raila|Meles|Abiy|Isaias|Omar|Laurent|Joseph|Felix|
Pervez|Asif|Shehbaz|Hamid|Ashraf|Mahmoud|Hassan|Ebrahim|Akbar|Mohammad|Ruhollah|Ali|Abdel|Fattah|Abdelaziz|Zine|Moncef|
Beji|Hamad|Tamim|Salman|Khalifa|Sultan|Qaboos|Abdulaziz|Fahd|Bandar|Turki|Faisal|Saud|Nouri|Haider|Mustafa|Masoud|
Ahmet|Abdullah|Bulent|Bülent|Tansu|Necmettin|Mesut|Suleyman|Süleyman|Turgut|Kemal|Yigal|Benny|Naftali|Yair|Avigdor|
Shaul|Tzipi|Moshe|Dan|Akiko|Haruki|Hiroshi|Ichiro|Kenji|Naoto|Shigeru|Taro|Yoshihiko|Yukio|Yoshihide|Shigeru|Moon|Roh|
Lee|Park|Chun|Thaksin|Yingluck|Prayuth|Prayut|Chuan|Hun|Norodom|Mahathir|Anwar|Najib|Lee|Goh|Suharto|Megawati|Joko|
Susilo|Rodrigo|Ferdinand|Corazon|Gloria|Benigno|Joseph|Fidel|Aung|San|Suu|Kyi|Manmohan|Atal|Narasimha|Deve|Sheikh|
Khaleda|Hasina|Mahinda|Chandrika|Gotabaya|Ranil|Pushpa|Sher|Hamid|Ashraf|Burhanuddin|Gulbuddin|Mullah`);

// A word in this set never starts a person name on its own, though it is capitalised often.
export const NOT_GIVEN_NAME_ALONE = lowerSet('Will|Mark|May|Bill|Rose|Guy|Max|Pat|Sultan|Sheikh|Islam|Hamad|San|Moon|Park|Lee|Li|Hu|Kim|Don|Ray|Dean|Christian|Kay|Chun|Al');

/** Honorifics: written with a name, kept out of it, and not counted as roles. */
export const HONORIFICS = lowerSet('Mr|Mrs|Ms|Miss|Mx|Messrs|Mr.|Mrs.|Ms.|Mx.|Mme|Mlle|Herr|Frau|Senor|Señor|Senora|Señora');

/** Professions news writes before or beside a person's name ("retired neurosurgeon Ben Carson", "Fox News host Sean Hannity"). */
const PROFESSIONS = `Neurosurgeon|Physician|Businessman|Businesswoman|Billionaire|Tycoon|Mogul|Investor|Entrepreneur|Developer|Columnist|
Commentator|Host|Anchor|Pundit|Pollster|Consultant|Lobbyist|Donor|Comedian|Rapper|Musician|Filmmaker|Producer|Writer|Journalist|Blogger|
Novelist|Scholar|Lecturer|Preacher|Evangelist|Priest|Chaplain|Operative`;
// Words that are (part of) a title or role written before a person's name.
export const ROLE_HEADS = lowerSet(`President|Vice-President|Vice President|Vice|Premier|Prime|Minister|Chancellor|Secretary|Secretary-General|
General|Gen|Gen.|Lt|Lt.|Col|Col.|Colonel|Major|Maj|Maj.|Captain|Capt|Capt.|Sergeant|Sgt|Sgt.|Admiral|Adm|Adm.|Commander|
Marshal|Lieutenant|Corporal|Private|Officer|Senator|Sen|Sen.|Representative|Rep|Rep.|Congressman|Congresswoman|Governor|
Gov|Gov.|Mayor|Judge|Justice|Attorney|Prosecutor|Ambassador|Envoy|Consul|Commissioner|Chairman|Chairwoman|Chair|
Chairperson|Chief|Director|Director-General|Head|Leader|Majority|Minority|Whip|Spokesman|Spokeswoman|Spokesperson|Speaker|Councillor|
Councilman|Councilwoman|Councilmember|Assemblyman|Assemblywoman|Assemblymember|Alderman|Alderwoman|Supervisor|Sheriff|Comptroller|
Treasurer|Deputy|Dr|Dr.|Prof|Prof.|Professor|King|Queen|Prince|Princess|Duke|Duchess|Emperor|Empress|Sheikh|Emir|
Sultan|Crown|Pope|Cardinal|Archbishop|Bishop|Rabbi|Imam|Ayatollah|Father|Sister|Brother|Reverend|Rev|Rev.|Pastor|
Sir|Dame|Lord|Lady|Baroness|Baron|Count|Countess|Chancellor|Coach|Manager|Captain|Striker|Midfielder|Defender|Goalkeeper|
Economist|Analyst|Founder|Co-founder|CEO|CFO|COO|CTO|Executive|Officer|Boss|Owner|Editor|Correspondent|Reporter|Author|
Actor|Actress|Singer|Star|Player|Champion|Defence|Defense|Foreign|Finance|Interior|Justice|Health|Economy|Trade|
Energy|Education|Culture|Home|Treasury|State|Ministry|Department|Office|Secretary-general|Undersecretary|Under-Secretary|
Assistant|Associate|Senior|Junior|Acting|Interim|Former|Ex|Supreme|Commander-in-Chief|Presidential|Opposition|
Party|Labour|Conservative|Republican|Democratic|Democrat|Green|Liberal|Attorney-General|Attorney General|Solicitor|
Inspector|Detective|Constable|Superintendent|Police|Army|Military|Security|Intelligence|Press|Communications|
Campaign|Adviser|Advisor|Aide|Counsel|Lawyer|Negotiator|Mediator|Delegate|Delegation|Chief-of-staff|Staff|Strategist|
Candidate|Nominee|Frontrunner|Hopeful|Incumbent|Lawmaker|MP|MEP|Legislator|Official|Diplomat|Activist|Campaigner|
Historian|Scientist|Researcher|Expert|Doctor|Nurse|Surgeon|Teacher|Student|General-Secretary|Secretary-General|${PROFESSIONS}`);

/** Nouns of kinship that stand before the name of the relative: "his daughter Chelsea", "her son Trig". */
export const KINSHIP_NOUNS: ReadonlySet<string> = new Set([
  'daughter', 'son', 'wife', 'husband', 'brother', 'sister', 'mother', 'father', 'grandson', 'granddaughter',
  'grandmother', 'grandfather', 'nephew', 'niece', 'cousin', 'uncle', 'aunt', 'widow', 'widower', 'stepson',
  'stepdaughter', 'fiancé', 'fiancée', 'fiance', 'fiancee', 'girlfriend', 'boyfriend',
]);
/** Owners of a kinship noun: "his daughter", "the couple's son", "Clinton’s wife". */
export const KIN_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'your', 'our']);
/** Words between the owner and the kinship noun: "his late father", "her eldest son". */
export const KIN_ADJECTIVES: ReadonlySet<string> = new Set(['late', 'eldest', 'youngest', 'oldest', 'older', 'younger', 'elder', 'teenage', 'adult', 'only', 'baby', 'infant', 'first', 'second', 'new', 'former', 'estranged']);

/** The words that make a sequence of role words a role (not just modifiers like "Foreign" or "UK"). */
export const ROLE_NOUNS = lowerSet(`President|Vice-President|Premier|Minister|Chancellor|Secretary|Secretary-General|General|Gen|Gen.|
Colonel|Major|Captain|Sergeant|Admiral|Commander|Marshal|Lieutenant|Senator|Sen|Sen.|Representative|Rep|Rep.|Congressman|
Congresswoman|Governor|Gov|Gov.|Mayor|Judge|Justice|Attorney|Prosecutor|Ambassador|Envoy|Consul|Commissioner|Chairman|
Chairwoman|Chair|Chairperson|Chief|Director|Director-General|Head|Leader|Spokesman|Spokeswoman|Spokesperson|Speaker|
Councillor|Councilman|Councilwoman|Councilmember|Assemblyman|Assemblywoman|Assemblymember|Alderman|Alderwoman|Supervisor|Sheriff|
Comptroller|Treasurer|Deputy|Dr|Dr.|Prof|Prof.|Professor|King|Queen|Prince|Princess|Duke|Duchess|Emperor|Empress|Sheikh|Emir|
Sultan|Pope|Cardinal|Archbishop|Bishop|Rabbi|Imam|Ayatollah|Reverend|Rev|Rev.|Pastor|Sir|Dame|Lord|Lady|Baroness|Baron|
Coach|Manager|Striker|Midfielder|Defender|Goalkeeper|Economist|Analyst|Founder|Co-founder|CEO|CFO|COO|CTO|Executive|
Officer|Boss|Owner|Editor|Correspondent|Reporter|Author|Actor|Actress|Singer|Star|Player|Champion|Undersecretary|
Under-Secretary|Commander-in-Chief|Attorney-General|Solicitor|Inspector|Detective|Constable|Superintendent|Adviser|
Advisor|Aide|Counsel|Lawyer|Negotiator|Mediator|Delegate|Strategist|Candidate|Nominee|Frontrunner|Hopeful|Incumbent|
Lawmaker|MP|MEP|Legislator|Official|Diplomat|Activist|Campaigner|Historian|Scientist|Researcher|Expert|Doctor|Nurse|
Surgeon|Teacher|Student|${PROFESSIONS}|General-Secretary|Lt|Lt.|Col|Col.|Maj|Maj.|Capt|Capt.|Sgt|Sgt.|Adm|Adm.|Mullah`);

// Lower-case words that may sit inside a role before a name: "NATO chief", "former prime minister".
export const ROLE_LOWER_MODIFIERS = lowerSet(`former|deputy|acting|interim|then|senior|top|chief|vice|prime|foreign|defence|defense|
finance|interior|justice|health|economy|trade|energy|education|culture|home|state|opposition|party|presidential|
assistant|associate|junior|ex|general|press|security|intelligence|military|army|police|campaign|communications|
national|first|new|incoming|outgoing|longtime|long-time|veteran|retired|late|exiled|jailed|embattled|current|
secretary|of|for|the|team|club|union|bank|central|finance|foreign-policy|economic|political|cabinet|government|
ministry|department|spokesman|spokeswoman|spokesperson|head|co-founder|founding|managing|executive|
supreme|high|regional|local|federal|county|city|district|world|olympic|european|chess|tennis|golf|boxing|heavyweight|
middleweight|lightweight|welterweight|racing|rally|cycling|champion|former-`);


// Last words that make a capitalised run an organisation.
export const ORG_SUFFIXES = lowerSet(`Inc|Inc.|Corp|Corp.|Corporation|Co|Co.|Company|Ltd|Ltd.|Limited|LLC|LLP|Plc|PLC|plc|AG|SA|S.A.|NV|N.V.|
BV|GmbH|SpA|AB|ASA|Oyj|KK|Bhd|Holdings|Holding|Group|Industries|Enterprises|Partners|Associates|Capital|Securities|
Investments|Fund|Trust|Bank|Bancorp|Exchange|Insurance|Assurance|Airlines|Airways|Air|Motors|Motor|Systems|Technologies|
Technology|Software|Electronics|Electric|Telecom|Telecommunications|Communications|Networks|Energy|Oil|Petroleum|Gas|
Mining|Steel|Chemicals|Pharmaceuticals|Pharma|Foods|Media|Entertainment|Studios|Pictures|Records|Publishing|Press|
News|Times|Post|Journal|Herald|Tribune|Guardian|Telegraph|Gazette|Chronicle|Daily|Weekly|Magazine|Radio|Television|TV|
Broadcasting|Network|Channel|Agency|Authority|Bureau|Commission|Committee|Council|Board|Office|Department|Ministry|
Service|Services|Administration|Directorate|Inspectorate|Secretariat|Parliament|Assembly|Congress|Senate|Cabinet|
Government|Court|Tribunal|Police|Army|Navy|Force|Forces|Guard|Guards|Corps|Brigade|Battalion|Regiment|Militia|Front|
Movement|Party|Alliance|Coalition|League|Union|Federation|Confederation|Association|Society|Organisation|Organization|
Institute|Institution|Foundation|Center|Centre|Council|Academy|University|College|School|Hospital|Clinic|Church|
Mosque|Club|Team|United|Rovers|Wanderers|Athletic|Athletico|Hotspur|Albion|Rangers|Celtic|FC|F.C.|CF|SC|AC|Olympic|Olympique|
Sporting|Real|Dynamo|Dinamo|Spartak|Lokomotiv|Zenith|Reds|Yankees|Giants|Lakers|Bulls|Cubs|Sox|Dodgers|Braves|Mets|Orioles|
Tigers|Indians|Twins|Mariners|Athletics|Angels|Astros|Rockies|Padres|Expos|Marlins|Phillies|Pirates|Cardinals|
Brewers|Royals|Blue Jays|Red Sox|White Sox|Raiders|Cowboys|Packers|Patriots|Council|Commissariat|Brotherhood|Taliban|
Hamas|Hezbollah|Kremlin|Reuters|Bloomberg|Lab|Labs|Laboratories|Railways|Railway|Rail|Shipping|Lines|Logistics|
Mail|Express|Mirror|Independent|Observer|Economist|Standard|Star|Sun|Record|Review|Monitor|Report|Journal|Wire|
Commerce|Chamber|Stock|Reserve|Treasury|Fed|Mint|Customs`);

// First words that make "X of Y" runs organisations: "Bank of England", "University of Oxford".
export const ORG_HEADS = lowerSet(`Bank|University|Ministry|Department|Institute|Council|Board|Court|Church|Party|Union|Federation|
Association|Society|Organisation|Organization|Office|Commission|Committee|Academy|College|School|League|Museum|Chamber|
House|Order|Congress|Parliament|Assembly|Senate|Agency|Bureau|Fund|Federal|National|International|World|Royal|
Central|Supreme|State|People's|Peoples|Democratic|Republican|Liberal|Conservative|Socialist|Communist|Labour|Green|
Islamic|Christian|Army|Navy|Air|Foreign|Defence|Defense|Interior|Finance|Justice|Health|Home|Treasury`);

// Last or first words that make a run a place.
export const PLACE_SUFFIXES = lowerSet(`Street|St|Road|Rd|Avenue|Ave|Boulevard|Lane|Square|Bridge|Park|Gardens|River|Lake|Sea|Ocean|Bay|
Gulf|Strait|Straits|Channel|Canal|Island|Islands|Isles|Peninsula|Mountain|Mountains|Mount|Hills|Hill|Valley|Desert|
Forest|Coast|Beach|Region|Province|County|District|Territory|Territories|Prefecture|Oblast|Krai|Republic|Kingdom|
Emirates|Heights|Plateau|Plains|Basin|Delta|Falls|Airport|Harbour|Harbor|Port|Village|Town|City|Borough|Quarter|
Highway|Motorway|Pass|Cape|Reef|Glacier|Volcano|Estate|Field|Fields|Wood|Woods`);

// Context words: "in/at/from X" suggests a place.
export const PLACE_PREPOSITIONS = lowerSet('in|at|from|to|near|into|across|outside|inside|throughout|towards|toward|via|around|within|across|between|through|visit|visited|visiting|leave|left|reach|reached');

// Speech verbs: "X said" suggests a person (or an organisation when X is an acronym).
export const SPEECH_VERBS = lowerSet(`said|says|told|added|asked|explained|stated|noted|argued|insisted|warned|claimed|wrote|tweeted|
replied|recalled|admitted|denied|declared|announced|acknowledged|remarked|urged|believes|believed|thinks|thought|
wants|wanted|knows|knew|met|accused|criticised|criticized|praised|described|called|urged|vowed|pledged|promised|
signed|resigned|died|won|lost|scored|beat|finished|joined|replaced|defeated|married|testified|confirmed|agreed|
suggested|stressed|emphasised|emphasized|indicated|reiterated|expressed|has|had|was|is|who|whose`);

// Words capitalised only because they begin a sentence or sit in a title; never names on their own.
export const FUNCTION_WORDS = lowerSet(`a|an|the|this|that|these|those|there|here|then|than|and|or|but|nor|so|yet|if|when|while|where|
whereas|although|though|because|since|as|after|before|until|unless|whether|once|upon|on|in|at|by|for|from|with|
without|within|into|onto|of|off|out|over|under|about|above|below|across|against|along|among|around|behind|beside|
besides|between|beyond|despite|during|except|inside|outside|through|throughout|toward|towards|via|per|plus|
i|me|my|mine|we|us|our|ours|you|your|yours|he|him|his|she|her|hers|it|its|they|them|their|theirs|who|whom|whose|
which|what|why|how|all|any|both|each|every|either|neither|few|many|much|more|most|other|another|some|such|no|not|
only|own|same|too|very|just|also|even|still|already|again|ever|never|always|often|sometimes|now|today|tomorrow|
yesterday|tonight|meanwhile|however|therefore|thus|hence|indeed|instead|otherwise|moreover|furthermore|nevertheless|
nonetheless|although|perhaps|maybe|please|yes|no|oh|well|one|two|three|four|five|six|seven|eight|nine|ten|first|
second|third|last|next|old|is|are|was|were|be|been|being|am|do|does|did|have|has|had|can|could|will|would|shall|
should|may|might|must|let|let's|it's|i'm|we're|they're|don't|doesn't|didn't|can't|won't|isn't|aren't|wasn't|
according|following|including|regarding|concerning|amid|amidst|ahead|together|later|earlier|recently|currently|
initially|finally|eventually|subsequently|previously|overall|elsewhere|nearly|almost|about|around|approximately|
credit|source|photo|image|video|watch|read|related|update|updated|editor's|note|advertisement|breaking|exclusive|
analysis|opinion|comment|live|more|see|also|sign|share|follow|reporting|additional|by`);

/** Lower-case particles inside people's names: "Mr. de Vos", "Osama bin Laden", "Ursula von der Leyen". */
/** The Arabic article joined to a surname by a hyphen ("al-Assad", "el-Sisi", "ash-Shifa"), as a pattern's alternation. */
export const ARABIC_ARTICLE = '(?:al|el|ad|ar|as|ash|at|az|an)';
export const NAME_PARTICLES: readonly string[] = ['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'al', 'el', 'bin',
  'ibn', 'bint'];
export const NAME_PARTICLE_SET: ReadonlySet<string> = new Set(NAME_PARTICLES);

/** Last words that end an organisation's or a place's name and no person's: a name of several words so ending is not a person. */
export const ORG_LAST_WORDS = lowerSet('Foundation|Institute|Center|Centre|Party|Committee|Council|News|University|Watch|Hotel|Casino');
export const PLACE_LAST_WORDS = lowerSet('Tower|Towers|Plaza|Street|Avenue|Boulevard|Road|Airport|Stadium|Arena|Island|Islands|County|Square|Bridge|Canyon|Valley|Mountains|Beach');

/**
 * Words that are never a name on their own, though a sentence or headline may capitalise them: interjections and
 * sentence adverbs ("Oh, and…", "Unfortunately, the plan failed"), a generation cut off its name ("Jr."), and
 * acronyms that are common nouns or adjectives ("a super PAC", "the LGBT community", "show ID"); and scriptures ("the Bible
 * tells us"), no person, place or organisation.
 */
export const NEVER_A_NAME_ALONE = lowerSet(`oh|ok|okay|hey|wow|yes|yeah|yep|no|nope|well|ah|aha|uh|um|hmm|huh|please|thanks|
alas|unfortunately|fortunately|obviously|clearly|hopefully|thankfully|apparently|basically|actually|honestly|frankly|
seriously|sadly|luckily|ironically|interestingly|importantly|surprisingly|notably|similarly|additionally|ultimately|
meanwhile|however|indeed|instead|perhaps|maybe|anyway|besides|moreover|furthermore|nevertheless|nonetheless|therefore|
jr|jr.|sr|sr.|pac|pacs|lgbt|lgbtq|id|ceo|cfo|vp|gdp|dna|suv|atm|gps|ai|tv|ev|evs|super|bible|koran|quran|torah|talmud|gospel|scripture`);

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7], ['august', 8],
  ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9],
  ['oct', 10], ['nov', 11], ['dec', 12],
]);
export const WEEKDAYS = lowerSet('Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday');

// Well-known organisations that carry no suffix telling what they are.
export const KNOWN_ORGS = lowerSet(`NATO|Nato|UN|U.N.|United Nations|EU|E.U.|European Union|WHO|IMF|World Bank|OPEC|OECD|WTO|ASEAN|G7|G8|G20|
BRICS|African Union|Arab League|Red Cross|Red Crescent|Interpol|Europol|Frontex|FBI|CIA|NSA|KGB|FSB|GRU|MI5|MI6|NHS|
Pentagon|Kremlin|Congress|Parliament|Senate|House|Bundestag|Duma|Knesset|Politburo|Vatican|Hamas|Hezbollah|Taliban|
Al-Qaeda|Al Qaeda|al-Qaeda|Islamic State|ISIS|ISIL|IRA|PLO|ANC|BBC|CNN|Reuters|Bloomberg|Associated Press|AP|AFP|
Xinhua|Tass|TASS|Interfax|Al Jazeera|Fox News|NBC|CBS|ABC|NPR|PBS|ITV|Sky|Sky News|MSNBC|CNBC|C-SPAN|Breitbart|Breitbart News|
Drudge Report|Politico|POLITICO|Axios|HuffPost|Huffington Post|BuzzFeed|BuzzFeed News|Mediaite|Newsmax|Daily Caller|Daily Beast|
TheBlaze|National Review|Weekly Standard|RealClearPolitics|FiveThirtyEight|Vox|Slate|Newsweek|New Yorker|Washington Post|
New York Times|USA Today|Los Angeles Times|Chicago Tribune|Boston Globe|Financial Times|Daily Mail|Gallup|Quinnipiac|
Rasmussen Reports|Pew Research Center|PolitiFact|Politifact|FactCheck.org|Snopes|Full Fact|Harvard|Harvard University|
Yale|Yale University|Stanford|Stanford University|Princeton|Princeton University|MIT|Uber|Lyft|Airbnb|Hulu|Spotify|Snapchat|Pinterest|Reddit|Tumblr|WhatsApp|PayPal|eBay|Cisco|
Qualcomm|Starbucks|Disney|Comcast|Viacom|Alphabet|Allergan|Bear Stearns|Lehman Brothers|Morgan Stanley|Merrill Lynch|
Wells Fargo|Citibank|BlackRock|Halliburton|YouTube|Facebook|Twitter|
Instagram|TikTok|Google|Apple|Microsoft|Amazon.com|Meta|Tesla|SpaceX|OpenAI|Netflix|Samsung|Sony|Toyota|Nissan|
Honda|Volkswagen|BMW|Siemens|Boeing|Airbus|Shell|BP|Exxon|ExxonMobil|Chevron|Gazprom|Rosneft|Aeroflot|Lufthansa|
Nokia|Ericsson|Huawei|Alibaba|Tencent|IBM|Intel|Nvidia|AT&T|Verizon|Vodafone|Walmart|Nestle|Nestlé|Unilever|
Fiat|Renault|Peugeot|Daimler|Ford|Chrysler|Pfizer|Moderna|AstraZeneca|Goldman Sachs|JPMorgan|Citigroup|Barclays|HSBC|
Deutsche Bank|UBS|Nasdaq|Dow Jones|Wall Street Journal|Supreme Court|Federal Reserve|Bundesbank|Fed|Commons|
House of Commons|House of Lords|House of Representatives|Labour|Tories|Conservatives|Democrats|Republicans|GOP|
Bundesliga|Premier League|FIFA|UEFA|IOC|NBA|NFL|NHL|MLB|Manchester United|Real Madrid|Barcelona FC|Juventus|
Ajax|PSV|Feyenoord|Bayern|Bayern Munich|Arsenal|Chelsea|Liverpool FC|Tottenham|Everton|Celtic|Rangers|Porto FC|Benfica|
Greenpeace|Amnesty International|Human Rights Watch|Oxfam|UNICEF|UNESCO|UNHCR|IAEA|OSCE|Wagner|Mossad|Shin Bet|
Sinn Fein|Likud|Fatah|Kuomintang|Fidesz|Bundeswehr|Stasi|Gestapo|SEC|FDA|EPA|NASA|IRS|DEA|ATF|ICE|DHS|DOJ`);

/** First words of the holidays' names that dates.ts reads (HOLIDAY), lower case: words that may start a date when capitalised. */
export const HOLIDAY_FIRST_WORDS = ['christmas', 'thanksgiving', 'easter', 'good', 'black', 'cyber', 'super', 'ramadan', 'hanukkah', 'chanukah', 'passover',
  'halloween', 'kwanzaa', 'diwali', 'juneteenth', 'yom', 'rosh', 'eid', 'memorial', 'labor', 'labour', 'independence', 'election', 'inauguration', 'boxing',
  'columbus', 'armistice', 'remembrance', 'veterans', 'presidents', 'new'];

// One look-up per word: the word lists above as bit flags, keyed by lower-case word.
export const F_FUNCTION = 1, F_MONTH = 2, F_WEEKDAY = 4, F_DATE_WORD = 8, F_NUMBER_WORD = 16, F_ROLE_NOUN = 32,
  F_HONORIFIC = 64, F_GIVEN = 128, F_PLACE = 256, F_DEMONYM = 512, F_KNOWN_ORG = 1024, F_ORG_SUFFIX = 2048,
  F_SPEECH = 4096, F_NOT_GIVEN_ALONE = 8192, F_ORG_HEAD = 16384, F_PLACE_SUFFIX = 32768, F_STARTS_LISTED_NAME = 65536,
  F_ROLE_HEAD = 1 << 17, F_ROLE_MODIFIER = 1 << 18, F_NEVER_ALONE = 1 << 19, F_ORG_LAST = 1 << 20, F_PLACE_LAST = 1 << 21,
  F_HOLIDAY_WORD = 1 << 22;

const WORD_FLAGS = new Map<string, number>();
const flag = (list: Iterable<string>, f: number): void => {
  for (const w of list) WORD_FLAGS.set(w, (WORD_FLAGS.get(w) ?? 0) | f);
};
flag(FUNCTION_WORDS, F_FUNCTION);
flag([...MONTHS.keys()].flatMap((m) => [m, `${m}.`]), F_MONTH);
flag(WEEKDAYS, F_WEEKDAY | F_DATE_WORD);
flag(['yesterday', 'today', 'tomorrow', 'tonight', 'earlier', 'later', 'last', 'next', 'this', 'past', 'coming', 'every'], F_DATE_WORD);
flag(HOLIDAY_FIRST_WORDS, F_HOLIDAY_WORD);
flag(['a', 'an', 'one', 'several', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'], F_NUMBER_WORD);
flag(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].flatMap((tens) =>
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].map((unit) => `${tens}-${unit}`)), F_NUMBER_WORD);
flag(ROLE_NOUNS, F_ROLE_NOUN);
flag(HONORIFICS, F_HONORIFIC);
flag(ROLE_HEADS, F_ROLE_HEAD);
flag(ROLE_LOWER_MODIFIERS, F_ROLE_MODIFIER);
flag(GIVEN_NAMES, F_GIVEN);
flag(NOT_GIVEN_NAME_ALONE, F_NOT_GIVEN_ALONE);
flag(PLACES, F_PLACE);
flag(DEMONYMS, F_DEMONYM);
// The plural names the people ("Americans"), but for those that name places: "the Balkans", "the Baltics", "the Philippines".
const REGION_PLURALS: ReadonlySet<string> = new Set(['balkan', 'baltic', 'philippine']);
flag([...DEMONYMS].filter((d) => !REGION_PLURALS.has(d)).map((d) => `${d}s`), F_DEMONYM);
flag(PEOPLE_GROUPS, F_DEMONYM);
flag(KNOWN_ORGS, F_KNOWN_ORG);
flag(ORG_SUFFIXES, F_ORG_SUFFIX);
flag(ORG_HEADS, F_ORG_HEAD);
flag(NEVER_A_NAME_ALONE, F_NEVER_ALONE);
flag(ORG_LAST_WORDS, F_ORG_LAST);
flag(PLACE_LAST_WORDS, F_PLACE_LAST);
flag(PLACE_SUFFIXES, F_PLACE_SUFFIX);
flag(SPEECH_VERBS, F_SPEECH);

/** The F_* flags of a lower-case word (0 when it is in no list). */
export const lexiconFlags = (lower: string): number => WORD_FLAGS.get(lower) ?? 0;

/** Multi-word places and organisations, and every word-prefix of them, for matching where capitals say nothing. */
export const MULTI_WORD_NAMES = new Set([...PLACES, ...KNOWN_ORGS].filter((n) => n.includes(' ')));
export const MULTI_WORD_PREFIXES = new Set([...MULTI_WORD_NAMES].flatMap((n) => {
  const ws = n.split(' ');
  return ws.slice(1).map((_, i) => ws.slice(0, i + 1).join(' '));
}));

// First words of the multi-word names, so that only they try the longer look-up.
flag([...MULTI_WORD_PREFIXES].filter((p) => !p.includes(' ')), F_STARTS_LISTED_NAME);

/** Words that may start a date or a quantity ("last", "three", "yesterday"): scanned for at every token. */
export const VALUE_START_WORDS = [...WORD_FLAGS].filter(([, f]) => f & (F_MONTH | F_DATE_WORD | F_NUMBER_WORD | F_HOLIDAY_WORD)).map(([w]) => w);

/**
 * Words that web pages set alone on a line around an article's text, and that an article copied from them keeps
 * ("ADVERTISEMENT", "Subscribe", "ABSTRACT." in the archive copies of the New York Times). A word of a name alone on its
 * line is often a name (a newspaper's over its digest: "KOMPAS"), so only these are taken for labels.
 */
export const PAGE_LABELS: ReadonlySet<string> = new Set(['advertisement', 'advertisements', 'advertising', 'ad', 'sponsored', 'promoted', 'subscribe',
  'newsletter', 'abstract', 'update', 'updated', 'updates', 'related', 'trending', 'video', 'videos', 'photo', 'photos', 'gallery', 'share', 'comments',
  'comment', 'opinion', 'analysis', 'exclusive', 'breaking', 'watch', 'listen', 'continue', 'loading', 'close', 'menu', 'search', 'login', 'signup']);
