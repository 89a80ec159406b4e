"""Hand-made ground truth for the three real saved articles in ``/work/shared/corpus/``.

Each entry describes what source ingest must make of one article file:

``keeps``
    Sentences copied character for character (curly quotes included) from the article's
    main text, spread over its beginning, middle and end. Every one must survive in the
    extracted main text.
``drops``
    Every line of page furniture (site header, menus, breadcrumb, share/follow buttons,
    "Related Articles" and the headlines listed under it, advertisement, language menu,
    footer, sign-in pop-up). Each is the content of its line in the file with surrounding
    whitespace and a leading list bullet ("•") removed; lines that repeat are listed once.
    Compare them against the *lines* of the extracted text, not as substrings: "Afghanistan"
    and "RASC News" (menu item, site name) also occur inside main-text sentences, and
    "About" / "SHARE" do case-insensitively ("about", "shared").
``provinces`` / ``institutions`` / ``incident_types`` / ``countries``
    Codes from ``resources/vocab/*.json`` for what the MAIN TEXT names. Furniture never
    counts (e.g. "Herat" and "the US" appear only in Related Articles headlines of the Balkh
    article). ``countries`` leaves out AF.

Lines that are neither kept nor dropped on purpose (an extractor may keep or drop them, and
no mention set depends on them): the headline, the photo caption and the claim box
(speaker, role, quoted claim) of the fact-check; the headline, "Published 14/06/2025" and
the closing "RASC 14/06/2025" of the Balkh article.
"""

CORPUS: dict[str, dict[str, list[str] | set[str]]] = {
    # Polygraph-style fact-check (December 2021). Furniture: two lines at the top.
    "factcheck-amnesty-not-fully-committed-2021.txt": {
        "keeps": [
            (
                "On December 5, Abdul Qahar Balki, spokesperson for the Afghan Taliban’s foreign "
                "affairs office, denied accusations that the Taliban government has carried out "
                "summary killings and forced disappearances against former Afghan government "
                "security officials."
            ),
            "But reports by human rights watchdogs suggest his statement is misleading.",
            (
                "In a November 30 report, “No Forgiveness for People Like You,” Human Rights "
                "Watch reported the accounts of 67 former members of the Afghan National Security"
                " Forces (ANSF), including military, police and intelligence."
            ),
            (
                "HRW said it found credible information that more than 100 former officers were "
                "killed."
            ),
            (
                "On September 13, Michelle Bachelet, the United Nations High Commissioner for "
                "Human Rights, said what was happening on the ground contradicted the Taliban’s "
                "amnesty promises."
            ),
            (
                "On August 20, ABC News said an intelligence report was shared among U.N. member "
                "states, including the United States, citing “door-to-door” searches based on "
                "blacklists."
            ),
            (
                "In July, CNN reported it had obtained and verified videos showing the Taliban "
                "executing 22 special forces commandos after they surrendered in northern "
                "Afghanistan’s Faryab province."
            ),
            (
                "As Taliban fighters moved on Kabul, they tried to assassinate former acting "
                "defense minister Bismillah Khan Mohammadi, who survived a bombing and gun "
                "battle."
            ),
            "The Taliban have also renamed and reorganized the Afghan military.",
        ],
        "drops": [
            "Accessibility links",
            "Breaking News",
        ],
        "provinces": {
            "AF-KAB",  # "moved on Kabul", "the fall of Kabul", "After seizing Kabul"
            "AF-FYB",  # "northern Afghanistan's Faryab province"
        },
        "institutions": {
            # "67 former members of the Afghan National Security Forces (ANSF), including
            # military, police and intelligence"; "the Afghan military" (renamed by the Taliban).
            "ana",
            # same ANSF sentence: "police".
            "anp",
            # Not counted (decided): the NDS. The only basis would be bare "intelligence" as a
            # branch of the ANSF ("including military, police and intelligence"; "a military
            # or intelligence background"); the article never names the NDS or its officers,
            # and the same bare word also means "an intelligence report" and "a private
            # intelligence group" (RHIPTO). Triage lists what a report names.
            # "executing 22 special forces commandos".
            "ana_sf",
            # Not counted: "former acting defense minister Bismillah Khan Mohammadi" (a
            # minister, not MoD civilian staff); "ANSF"/"Afghan security forces" as a whole.
        },
        "incident_types": {
            # "summary killings", "more than 100 former officers were killed", "summarily
            # execute", "executing 22 special forces commandos", "reprisal killings",
            # "found dead", "assassinating Afghan government officials and soldiers".
            "killing",
            # "forced disappearances", "forcibly disappear individuals".
            "enforced_disappearance",
            # "detain and summarily execute", "being arbitrarily detained".
            "arrest_detention",
            # "citing “door-to-door” searches based on blacklists".
            "house_search",
            # "they tried to assassinate former acting defense minister Bismillah Khan
            # Mohammadi, who survived a bombing and gun battle".
            "attempted_killing",
            # Bachelet: "civilians who worked for previous administrations and their family
            # members being arbitrarily detained".
            "relative_targeted",
            # Not counted: "will not be harassed" (the Taliban's denial, not a reported act);
            # ambiguous: "The Taliban replaced high-ranking government officials with their
            # own" is a change of office-holders after the takeover, not reported as a
            # dismissal of security personnel, so no "dismissal".
        },
        "countries": {
            # "including the United States"; "the U.S. mission"; "the U.S. several other
            # countries". Not counted: "U.N." (not a country), "London's" (a city),
            # "Norwegian" and "pan-Arab" (adjectives).
            "US",
        },
    },
    # RASC News (14 June 2025): NDS officers dismissed in Balkh. Furniture above and below.
    "rasc-balkh-nds-dismissals-2025.txt": {
        "keeps": [
            (
                "RASC News Agency: The Taliban regime has dismissed five former officers of "
                "Afghanistan’s National Directorate of Security (NDS) in the northern province of"
                " Balkh, a move widely seen by analysts and local sources as part of a broader "
                "campaign of political retribution and institutional cleansing against former "
                "government personnel."
            ),
            (
                "The document, bearing the official stamp and signature of the Taliban’s "
                "provincial intelligence department in Balkh, confirms their abrupt dismissal "
                "without due process."
            ),
            (
                "Local sources familiar with the matter say the Taliban cited “lack of trust” and"
                " “completion of investigations” as the rationale behind the decision."
            ),
            (
                "“This is not about administrative efficiency,” said a former Afghanistani "
                "intelligence official now living in exile."
            ),
            "The dismissals in Balkh appear to be part of this same pattern of retaliation.",
            (
                "Analysts argue that the Taliban’s internal insecurity and fear of organized "
                "resistance are driving such purges."
            ),
            (
                "The document seen by sources lists the full names and former titles of the "
                "dismissed officers, all of whom reportedly served in critical intelligence roles"
                " prior to the fall of Kabul."
            ),
            (
                "The purge in Balkh is yet another stark reminder that the Taliban’s rule remains"
                " rooted not in governance or inclusion, but in vengeance and domination."
            ),
            (
                "As international focus wanes and media coverage declines, the Taliban continues "
                "its silent war against the very fabric of Afghanistan’s former civic and "
                "security institutions one dismissal, one arrest, one disappearance at a time."
            ),
        ],
        "drops": [
            "RASC News",
            "Rudabe Applied Studies Center",
            "Home",
            "Afghanistan",
            "World",
            "Arts & Culture",
            "History",
            "Business",
            "Sport",
            "Women Studies",
            "Videos",
            "Photos",
            "About",
            "English",
            "العربية",
            "Français",
            "Deutsch",
            "پښتو",
            "فارسی",
            "Русский",
            "Español",
            "Тоҷикӣ",
            "RASC NewsRASC News",
            "Follow US",
            "© 2023 RASC. All Rights Reserved.",
            (
                "RASC News > Afghanistan > Taliban Dismiss Five Former Intelligence Officers in "
                "Balkh as Targeted Purges Intensify"
            ),
            "AfghanistanNewsWorld",
            "SHARE",
            "Follow Us",
            "Facebook Like",
            "Twitter Follow",
            "Instagram Follow",
            "Youtube Subscribe",
            "Related Articles",
            "AfghanistanHistoryNews",
            "The New Taliban Regime and State-Building in Afghanistan",
            "05/03/2023",
            "Ahmad Massoud Warns of Potential Terrorist Attacks in the US and Europe",
            (
                "Afghanistan Liberation Front Declares Temporary Ceasefire Against the Taliban in"
                " Honor of Ramadan"
            ),
            (
                "Herat Residents: People’s representatives in the national and provincial "
                "councils were nothing more than traders"
            ),
            "The Taliban group arrested a number of women in Kabul",
            "- ADVERTISEMENT -",
            "Ad imageAd image",
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Vivamus a odio ex.",
            "English | Français",
            "Deutsch | Español",
            "Русский | Тоҷикӣ",
            "فارسی | پښتو | العربية",
            "Removed from reading list",
            "Undo",
            "Welcome Back!",
            "Sign in to your account",
            "Lost your password?",
        ],
        "provinces": {
            "AF-BAL",  # "the northern province of Balkh", "in Balkh" (several times)
            "AF-KAB",  # "a Kabul-based political analyst", "the fall of Kabul"
            # Not counted: "Kandahari factions" (adjective); "Herat" and "Kabul" in the
            # Related Articles headlines (furniture).
        },
        "institutions": {
            # "Afghanistan's National Directorate of Security (NDS)"; also "a former
            # Afghanistani intelligence official" and "former ... intelligence officers".
            # (The Taliban's own "provincial intelligence department" / "intelligence wing"
            # is not the NDS and would not count on its own.)
            "nds",
            # "former government and military officials"; "former military, police, and
            # intelligence officers were targeted".
            "ana",
            # same sentence: "former military, police, and intelligence officers".
            "anp",
        },
        "incident_types": {
            # "has dismissed five former officers", "abrupt dismissal", "The dismissals in
            # Balkh", "systematic purge", "one dismissal".
            "dismissal",
            # "former officers have been harassed, detained, tortured, and ... executed";
            # "carrying out arrests"; "one arrest".
            "arrest_detention",
            # "harassed, detained, tortured".
            "torture_ill_treatment",
            # "in many cases executed often without trial".
            "killing",
            # "carrying out arrests, interrogations, and disappearances with impunity";
            # "one disappearance at a time".
            "enforced_disappearance",
            # ambiguous: "have been harassed" is not counted as "threat" (harassment is not
            # named as a threat or intimidation); "Observers warn" is not a threat either.
        },
        # Only "Afghanistan" (AF, left out) is named; "the United Nations" is not a country,
        # "exile" names none, and "the US" is only in a Related Articles headline.
        "countries": set(),
    },
    # RASC News (2024): deportations from Iran/Pakistan, detentions and executions. The file
    # holds the main text only (four paragraphs, no furniture).
    "rasc-deportations-detentions-2024.txt": {
        "keeps": [
            (
                "RASC News Agency: Thousands of former Afghanistan military personnel, fleeing "
                "Taliban retribution, have sought refuge outside the country."
            ),
            (
                "However, due to the Taliban’s strategic dealings with neighboring countries, "
                "particularly Iran and Pakistan, these soldiers are being forcibly deported and "
                "handed over to the Taliban, who then execute them."
            ),
            (
                "Those ex-military personnel who remain in Afghanistan report being denied the "
                "right to work in government institutions and are forced to live in hiding."
            ),
            (
                "The former police chief of Takhar province has made a desperate plea to the "
                "Islamic Republic of Iran, requesting asylum for these former soldiers, citing "
                "the imminent threat of mass executions and “ethnic persecution.”"
            ),
            (
                "The Taliban have conducted these detentions and subsequent tortures in the "
                "provinces of Bamyan, Ghazni, Parwan, Takhar, Badakhshan, Kabul, and Baghlan, "
                "with the current status of these individuals remaining unknown."
            ),
            (
                "According to these reports, four soldiers were detained in Takhar, three in "
                "Parwan, three in Badakhshan, two in Laghman, and one each in Bamyan, Ghazni, and"
                " Kabul."
            ),
            (
                "Furthermore, the Taliban have executed six additional former soldiers in the "
                "past two months in the provinces of Khost, Sar-e Pol, Parwan, Badakhshan, "
                "Laghman, and Faryab."
            ),
            (
                "Some of these individuals had recently been deported from Iran and had no "
                "affiliation with any political groups."
            ),
            (
                "According to this organization, arbitrary arrests have more than doubled, and "
                "disappearances have tripled compared to the same period in 2023."
            ),
            (
                "Last week, a terrorist group allied with the Taliban in Pakistan’s Balochistan "
                "province hanged several former Afghanistan security personnel."
            ),
        ],
        "drops": [],
        "provinces": {
            # "the provinces of Bamyan, Ghazni, Parwan, Takhar, Badakhshan, Kabul, and
            # Baghlan"; "detained in Takhar, ... Parwan, ... Badakhshan, ... Laghman, and ...
            # Bamyan, Ghazni, and Kabul"; "the provinces of Khost, Sar-e Pol, Parwan,
            # Badakhshan, Laghman, and Faryab"; "police chief of Takhar province".
            "AF-BAM",
            "AF-GHA",
            "AF-PAR",
            "AF-TAK",
            "AF-BDS",
            "AF-KAB",
            "AF-BGL",
            "AF-LAG",
            "AF-KHO",
            "AF-SAR",
            "AF-FYB",
            # Not counted: "Pakistan's Balochistan province" (a province of Pakistan).
        },
        "institutions": {
            # "former Afghanistan military personnel", "ex-military personnel", "former
            # soldiers" (the former Afghan army).
            "ana",
            # "The former police chief of Takhar province".
            "anp",
            # Not counted: "former Afghanistan security personnel" (no single institution).
        },
        "incident_types": {
            # "these soldiers are being forcibly deported and handed over to the Taliban";
            # "had recently been deported from Iran".
            "deportation_forced_return",
            # "who then execute them"; "have executed six others"; "have executed six
            # additional former soldiers"; "torture leading to death".
            "killing",
            # "orchestrated the assassination of former soldiers within those countries"
            # (Iran, Pakistan); "in Pakistan's Balochistan province hanged several former
            # Afghanistan security personnel".
            "killing_abroad",
            # "have detained 15 former soldiers"; "these detentions"; "four soldiers were
            # detained in Takhar"; "arbitrary arrests".
            "arrest_detention",
            # "these detentions and subsequent tortures"; "torture leading to death".
            "torture_ill_treatment",
            # "forced disappearances"; "disappearances have tripled"; detainees' "current
            # status ... remaining unknown".
            "enforced_disappearance",
            # ambiguous: "citing the imminent threat of mass executions" is a danger, not a
            # reported threat made against someone, so no "threat". "denied the right to
            # work in government institutions" is exclusion from work, not a dismissal from
            # a post, so no "dismissal" (and "other" is not counted from it).
        },
        "countries": {
            "IR",  # "particularly Iran and Pakistan"; "the Islamic Republic of Iran"; "from Iran"
            "PK",  # "Iran and Pakistan"; "Pakistan's Balochistan province"
        },
    },
}
