"""The English word lists (kinship, pets, jobs, traits...) and the pattern fragments built from them."""

from __future__ import annotations

from ..framework import lazy
from ..pronouns import FEMALE, MALE

KIN_PREDICATE = {
    **dict.fromkeys("wife husband spouse hubby wifey".split(), "spouse"),
    **dict.fromkeys("boyfriend girlfriend fiance fiancee fiancé fiancée partner bf gf".split(), "partner"),
    **dict.fromkeys(
        "son sons daughter daughters kid kids child children baby babies toddler stepson "
        "stepdaughter boys girls twins triplets".split(), "child"),
    **dict.fromkeys(
        "mom mother mum mommy mama dad father daddy papa parents stepmom stepmother stepdad "
        "stepfather folks moms mothers mums dads fathers".split(), "parent"),  # "i have two moms"
    **dict.fromkeys("brother brothers sister sisters sibling siblings sis twin bro half-brother half-sister half-brothers "
                    "half-sisters stepbrother stepsister stepbrothers stepsisters step-brother step-sister".split(), "sibling"),
    **dict.fromkeys(
        "grandma grandmother granny grandpa grandfather granddad grandparents grandparent aunt "
        "aunts uncle uncles cousin cousins niece nieces nephew nephews grandson grandsons "
        "granddaughter granddaughters grandchildren grandchild grandkids in-laws "
        "mother-in-law father-in-law brother-in-law sister-in-law son-in-law daughter-in-law brothers-in-law sisters-in-law "
        "mil fil sil bil "
        "family relatives".split(), "relative"),
    **dict.fromkeys("friend friends bff buddy buddies pal pals bestie".split(), "friend"),
    **dict.fromkeys("coworker coworkers co-worker co-workers colleague colleagues".split(), "colleague"),
    **dict.fromkeys("boss bosses employer manager managers supervisor supervisors".split(), "boss"),
    **dict.fromkeys("subordinate subordinates assistant assistants secretary".split(), "employee"),
    **dict.fromkeys("roommate roommates roomie roomies flatmate flatmates housemate housemates".split(), "roommate"),
    **dict.fromkeys("neighbor neighbors neighbour neighbours".split(), "neighbor"),
    **dict.fromkeys("classmate classmates schoolmate schoolmates".split(), "classmate"),
    **dict.fromkeys("client clients".split(), "client"),
    **dict.fromkeys("ex ex-boyfriend ex-girlfriend ex-husband ex-wife".split(), "dated"),
    **dict.fromkeys("teammate teammates acquaintance acquaintances".split(), "acquaintance"),
}
PETS = (
    "dog dogs puppy puppies pup pups cat cats kitten kittens kitty horse horses pony ponies "
    "goldfish fish hamster hamsters rabbit rabbits bunny bunnies bird birds parrot parrots "
    "parakeet turtle turtles tortoise snake snakes lizard lizards iguana guinea_pig guinea_pigs "
    "ferret ferrets gerbil gerbils chinchilla hedgehog pig pigs goat goats chickens cockatiel "
    "golden_retriever golden_retrievers labrador lab labs poodle poodles pitbull pitbulls "
    "pit_bull husky huskies beagle beagles german_shepherd chihuahua chihuahuas terrier "
    "terriers bulldog bulldogs dachshund corgi pug pugs collie retriever shih_tzu yorkie "
    "boxer rottweiler doberman greyhound mutt persian_cat siamese tabby cow cows skunk skunks malamute "
    "pet_cow pet_pig pet_skunk pet_snake pet_rat pet_iguana rat rats mice tarantula "
    "gecko koi canary canaries budgie cockatoo hermit_crab bearded_dragon axolotl"
)
#: What a relative may own and the speaker work at, visit or use: "(i work at) my dad's bakery", "my aunt's boat"
KIN_OWNED = (r"bakery|restaurant|shop|store|business|farm|ranch|bar|diner|cafe|salon|pub|hotel|garage|bookstore|"
             r"deli|pizzeria|dealership|boutique|food\s+truck|car|truck|boat|van|motorcycle|jeep")
#: A relative's home, where the speaker may live or stay: "(i still live at) my parents house"
KIN_HOMES = r"house|home|place|apartment|condo|cabin|basement"
#: kinds of thing that are named ("i love that show" after "severance": the show named before)
SAID_KINDS = r"show|series|sitcom|movie|film|book|novel|band|song|album|podcast|anime|game|team"
POSSESSIONS = (
    "car cars truck trucks van suv jeep motorcycle motorcycles motorbike bike bikes bicycle "
    "scooter boat yacht house houses apartment condo cabin farm ranch studio restaurant shop "
    "store business company bakery cafe salon phone cell_phone iphone smartphone laptop computer "
    "pc tablet ipad tv television piano guitar guitars violin drum_set drums camera convertible "
    "mustang corvette mercedes bmw tesla porsche ferrari jaguar prius honda toyota ford chevy "
    "nissan volkswagen vw audi lexus subaru harley camaro pickup minivan sedan rv camper "
    "playstation xbox nintendo kindle collection telescope pool garden garage "
    "moped mopeds atv tractor gun guns rifle rifles shotgun monitors trophies medals purse purses earrings jewelry "
    "necklace greenhouse mansion cds vinyl"
)
INSTRUMENTS = (
    "piano guitar violin drums drum cello bass flute saxophone sax trumpet clarinet harp "
    "ukulele banjo harmonica keyboard accordion trombone viola organ mandolin"
)
JOBS = (
    "accountant actor actress architect artist astronaut athlete attorney author baker "
    "bank_teller banker barber barista bartender beautician biologist blogger bookkeeper boxer "
    "builder bus_driver butcher carpenter cashier caterer ceo cto cfo coo chef chemist chiropractor "
    "cleaner clerk coach comedian consultant contractor cook counselor cowboy dancer "
    "dentist designer detective developer dietitian director doctor driver economist editor "
    "electrician engineer entrepreneur farmer firefighter fireman fisherman flight_attendant "
    "florist gardener geologist graphic_designer hairdresser hairstylist historian housewife "
    "homemaker illustrator instructor intern investor janitor jeweler journalist judge "
    "landscaper lawyer librarian lifeguard linguist lumberjack machinist manager marine "
    "mechanic medic midwife miner model musician nanny navy_seal nurse nutritionist "
    "optometrist painter paralegal paramedic pastor pharmacist photographer physician "
    "physicist physiotherapist pilot plumber poet police_officer policeman politician "
    "postman priest producer professor programmer psychiatrist psychologist publicist "
    "rancher realtor receptionist reporter researcher sailor salesman saleswoman scientist "
    "secretary security_guard server sheriff singer soldier software_engineer surgeon "
    "tailor tattoo_artist teacher technician therapist trainer translator trucker vet_tech lab_tech pharmacy_tech nail_tech "
    "surgical_tech ultrasound_tech tech "  # "a tech at a hospital", "a radiology tech"
    "truck_driver tutor veterinarian vet waiter waitress web_developer welder writer "
    "youtuber zookeeper student sophomore freshman freelancer rapper drummer guitarist pianist violinist "
    "composer dj cop lecturer administrator analyst assistant babysitter caregiver "
    "carer cna coder dispatcher housekeeper mailman pediatrician principal recruiter "
    "retiree sculptor stylist teller undertaker masseuse masseur paleontologist archaeologist anthropologist "
    "sommelier supervisor"
)
#: Two words said of how someone works, not of a trade: "you're a miracle worker", "she's a hard worker".
PRAISED_WORKERS = frozenset({"miracle worker", "wonder worker", "hard worker", "harder worker"})
NOT_JOBS = set(
    "mother father brother sister daughter lover member beginner number corner dinner "
    "winter summer water other super computer paper letter soccer monster parent person "
    "fan user owner player gamer reader runner watcher eater drinker believer sucker "
    "foodie customer viewer listener swimmer learner dreamer partner leader winner "
    "sweater burger later never together neither either ever over under after cooker "
    "dancer singer writer driver baker painter "
    # words in -or that name no trade: "blue is the color i like best"
    "color colour flavor flavour favor favour humor humour door floor mirror error "
    # what one is called for how one is, no trade: "you're a lifesaver", "she's a keeper", "he's a sore loser"
    "lifesaver loser keeper quitter whiner complainer troublemaker heartbreaker charmer talker worrier looker "
    "stranger go-getter up-and-comer overachiever underachiever slacker cheater pushover "
    # a part at a wedding or a christening, no trade: "i am the maid of honor", "the ring bearer", "his godmother"
    "honor honour bearer groomsman groomsmen godmother godfather "
    # who one is, no trade: "before she became a lesbian", "i became a vegetarian"
    "lesbian vegetarian pescatarian christian civilian "
    # what one believes or is like, or a party, no trade: "he's a pacifist", "she's a terror", "it's your baby shower"
    "pacifist optimist pessimist realist idealist narcissist egotist terror horror shower "
    # what one is like, in a word ending as trades do: "he's a stickler", "she's a hoarder", "he's a real character"
    "stickler hoarder character worrier "
    # who one is where one lives, comes from or takes part, no trade: "i'm the new tenant", "i'm a grown woman", "i am a
    # weak woman", "a cancer survivor" (though they end as "fireman" or "sailor" does)
    "woman gentleman survivor tenant occupant participant applicant immigrant migrant descendant "
    # comparatives: "he is a little older", "a bit taller"
    "older younger bigger smaller taller shorter better worse faster slower richer poorer smarter stronger weaker "
    "happier prettier closer earlier longer harder easier cooler warmer nicer tougher quicker thinner fatter".split()
) - set(JOBS.split())
TRAITS = (
    "tall short overweight obese fat thin skinny slim petite fit athletic muscular strong bald "
    "blonde blond brunette redhead ginger shy introverted extroverted outgoing lazy smart "
    "funny quiet friendly lonely depressed anxious blind deaf disabled handicapped diabetic "
    "autistic pregnant left-handed right-handed colorblind adopted rich poor wealthy broke "
    "artistic creative competitive organized clumsy healthy sick introvert extrovert "
    "vegetarian_friendly nerdy geeky religious spiritual old young tattooed "
    "hard_of_hearing paralyzed sober allergic celiac coeliac asthmatic epileptic anemic anaemic color_blind colour_blind"
)
TRAIT_NOUNS = (
    "redhead brunette blonde introvert extrovert only_child twin morning_person night_owl "
    "nerd geek bookworm homebody neat_freak workaholic perfectionist loner vegan_at_heart "
    "dog_person cat_person people_person amputee veteran"
)
#: Colour words ("paint my house purple , my favorite color")
COLORS = frozenset("red orange yellow green blue purple pink black white grey gray brown silver gold teal turquoise navy "
                   "maroon violet indigo magenta beige lavender lilac burgundy crimson cyan".split())
DIETS = {
    "vegan": "vegan", "vegetarian": "vegetarian", "pescatarian": "pescatarian",
    "pescetarian": "pescatarian", "carnivore": "carnivore", "keto": "keto", "paleo": "paleo",
    "gluten free": "gluten free", "gluten-free": "gluten free", "lactose intolerant": "lactose free",
    "gluten intolerant": "gluten free", "gluten-intolerant": "gluten free", "lactose-intolerant": "lactose free",
    "kosher": "kosher", "halal": "halal", "raw vegan": "raw vegan", "plant based": "plant based",
    "plant-based": "plant based", "meat eater": "omnivore", "omnivore": "omnivore",
    "vegans": "vegan", "vegetarians": "vegetarian", "pescatarians": "pescatarian",
    "ovo vegetarian": "ovo vegetarian", "lacto vegetarian": "lacto vegetarian", "lacto ovo vegetarian": "lacto ovo vegetarian",
    "ovo lacto vegetarian": "lacto ovo vegetarian", "ovo-vegetarian": "ovo vegetarian", "lacto-vegetarian": "lacto vegetarian",
}
RELIGIONS = {
    "christian": "Christian", "catholic": "Catholic", "protestant": "Protestant",
    "baptist": "Baptist", "methodist": "Methodist", "mormon": "Mormon", "muslim": "Muslim",
    "jewish": "Jewish", "jew": "Jewish", "buddhist": "Buddhist", "hindu": "Hindu", "sikh": "Sikh",
    "atheist": "atheist", "agnostic": "agnostic", "pagan": "pagan", "wiccan": "Wiccan",
    "orthodox": "Orthodox", "evangelical": "Evangelical", "lutheran": "Lutheran",
    "taoist": "Taoist", "shinto": "Shinto", "amish": "Amish", "quaker": "Quaker",
}
GENDERS = {
    "male": MALE, "man": MALE, "guy": MALE, "boy": MALE, "dude": MALE, "gentleman": MALE,
    "female": FEMALE, "woman": FEMALE, "girl": FEMALE, "lady": FEMALE, "gal": FEMALE,
}
DEMONYMS = {
    "american": "United States", "british": "United Kingdom", "english": "England",
    "scottish": "Scotland", "irish": "Ireland", "welsh": "Wales", "canadian": "Canada",
    "mexican": "Mexico", "french": "France", "german": "Germany", "italian": "Italy",
    "spanish": "Spain", "portuguese": "Portugal", "dutch": "Netherlands", "swedish": "Sweden",
    "norwegian": "Norway", "danish": "Denmark", "finnish": "Finland", "polish": "Poland",
    "russian": "Russia", "ukrainian": "Ukraine", "greek": "Greece", "turkish": "Turkey",
    "chinese": "China", "japanese": "Japan", "korean": "Korea", "indian": "India",
    "pakistani": "Pakistan", "vietnamese": "Vietnam", "thai": "Thailand", "filipino": "Philippines",
    "australian": "Australia", "brazilian": "Brazil", "argentinian": "Argentina",
    "colombian": "Colombia", "cuban": "Cuba", "puerto rican": "Puerto Rico", "nigerian": "Nigeria",
    "egyptian": "Egypt", "kenyan": "Kenya", "swiss": "Switzerland", "austrian": "Austria",
    "belgian": "Belgium", "czech": "Czech Republic", "hungarian": "Hungary", "israeli": "Israel",
    "iranian": "Iran", "peruvian": "Peru", "chilean": "Chile", "jamaican": "Jamaica",
}
LANGUAGES = set(
    "english french german spanish italian portuguese dutch swedish norwegian danish finnish "
    "polish russian ukrainian greek turkish chinese mandarin cantonese japanese korean hindi "
    "urdu bengali punjabi arabic hebrew persian farsi swahili vietnamese thai tagalog "
    "indonesian malay latin czech hungarian romanian bulgarian serbian croatian gaelic welsh "
    "sign asl esperanto klingon catalan basque icelandic".split()
)
EVENTS = (
    "concert concerts wedding weddings party parties festival festivals conference "
    "conferences game games match show shows funeral graduation reunion fair parade meeting "
    "convention marathon half_marathon race tournament ceremony recital opera ballet "
    "exhibition premiere rally protest gig prom seminar workshop hackathon competition "
    "championship camp retreat comic-con comic_con super_bowl olympics"
)
#: A school named by its kind alone, which says nothing of which school: "(studied computer science) in college".
GENERIC_SCHOOLS = frozenset({"college", "school", "university", "uni", "high school", "grad school", "graduate school"})
GENERIC_PLACES = set(
    "store stores shop mall bed sleep work school church gym doctor doctors dentist hospital "
    "bathroom toilet kitchen office bank park beach movies cinema bar bars pub club library "
    "market supermarket grocery restaurant home house place there here college class it "
    "town city country vet dinner lunch breakfast party concert jail prison court war downstairs upstairs".split()
) | {"next door", "across the hall", "down the hall", "across the street"}  # "I'm Jamal, from downstairs": a neighbour
OBJECT_PRONOUNS = set(
    "it them that this those these you him her me us one ones everything anything something "
    "nothing stuff things thing mine yours hers ours theirs all too so more most much lot well there here what "
    "which who doing being to myself yourself himself herself ourselves themselves people "
    "everyone everybody anyone someone somebody nobody it's its whatever any some".split()
)
STOP = set(
    "with for in on at from to about because cause cuz since when whenever while but and or so "
    "that which who whom whose where as than like until till after before during every each "
    "though although if by near around into onto instead now again anymore today yesterday "
    "tomorrow tonight last this next then too either lol haha hehe lmao lmfao ugh tbh btw smh omg rn idk right here "
    "there is are was were am be been being do does did have has had will would can could "
    "should i you he she we they it me him us them also really yet down across behind nearby "
    "downtown through over against besides not never except without whats what how why "
    "im its ha hahaha ok okay yeah yes no originally even currently usually often sometimes always "
    "finally already anyway anyways lately recently eventually honestly cannot".split()
)
LEAD_WORDS = (
    r"lots\s+of|a\s+lot\s+of|alot\s+of|a\s+whole\s+lot\s+of|a\s+ton\s+of|loads\s+of|a\s+load\s+of|a\s+little\s+bit\s+of|a\s+bit\s+of|a\s+little(?=\s+(?:piano|guitar|violin|drums|ukulele|banjo|bass|cello|flute|harmonica|"
    r"tennis|golf|chess|poker|soccer|football|basketball|baseball|volleyball|hockey|pool|cards|bingo)\b)|plenty\s+of|tons\s+of|a\s+bunch\s+of|bunch\s+of|"
    r"all\s+(?:kinds|types|sorts)\s+of|(?:many\s+)?(?:kinds|types|sorts|kind|type|sort)\s+of|"
    r"a\s+couple\s+of|a\s+few|a|an|the|th|my|our|his|her|their|your|its|some|any|this|that|these|those|"
    r"all|every|own|very|really|so|just|also|both|such|quite|pretty|mostly|especially|even|"
    r"different|various|many|most|more|good|great|nice|new|old|fresh|certain"
)
LIGHT_VERBS = set(
    "go goes going spend spends spending listen listens listening play plays playing hang "
    "hangs hanging look looks looking take takes taking hike hiking walk walking walks "
    "travel traveling travelling work works working volunteer volunteers volunteering talk talks talking chat chats chatting".split()
)
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

#: Words after "i go by", "call me" that are no name: "i go by bus", "call me later", "i go by many names"
NOT_CALLED = frozenset(
    "bus train car bike bicycle foot plane boat taxi cab subway metro tram ferry train later sometime anytime tonight "
    "tomorrow soon back again whenever crazy old-fashioned stupid silly paranoid weird lazy names nicknames btw thanks "
    "many several various different multiple lots both either mommy mom mum daddy dad honey sweetie sweetheart baby babe "
    "dude sir madam buddy pal man hard easy difficult tricky unusual unique common rare simple funny boring "
    "complicated impossible "
    # "call me up", "you call me once a week", "he calls me daily": a phone call, how often or when, no name
    "up once twice thrice daily nightly weekly monthly yearly hourly every each sometimes often occasionally "
    "first right now asap immediately if when".split())  # "my name is mommy", "don't call me honey": no names
#: "a snake bite kit", "dog food", "the cat litter": the animal names a thing, not a pet
PET_COMPOUND = (r"bites?|kit|food|bed|hair|sitters?|sitting|walkers?|walking|park|shows?|house|tank|cage|collar|leash|"
                 r"treats?|door|litter|allergy|allergies|whisperer|lover|person|people|years?|days?|fight|costume|"
                 # "my lab partner", "her lab coat", "the lab results": "lab" a laboratory, no dog
                 r"partners?|coats?|results?|techs?|technicians?|assistants?|reports?|mates?|class(?:es)?|tests?|work")
NOT_NAMES = set(
    "good fine great well doing here back new not sorry glad happy tired okay ok excited busy "
    "bored alright sure just very so a an the from in at also still pretty really too home "
    "currently working going trying looking getting feeling listening watching reading thinking "
    "retired old young single married interested hungry sad lonely awesome cool good great "
    "done ready afraid scared alive alone able about living fond sick used into over".split()
)

#: Common nouns that open sayings and general statements, capitalised at a sentence's start and no names ("Life is all
#: about helping others", "Love is patient", "Family is everything"), and a department ("Accounting is Gary").
GENERIC_SUBJECTS = frozenset(
    "life love work family music nature time travel happiness success friendship health food school money "
    "kindness home change marriage parenthood motherhood fatherhood fitness education learning exercise "
    "history science religion society people humanity everything nothing anything something technology community "
    "business sports photography teaching parenting reading writing gardening "
    # departments said by who staffs them ("Accounting is Gary", "Security is Dave and his dog")
    "accounting marketing sales security finance payroll reception management engineering shipping maintenance "
    "housekeeping legal purchasing catering admin "
    # who lives where, said of a building ("Upstairs is Mr. Bhatt", "Downstairs is a couple with a baby")
    "upstairs downstairs".split())

#: Departments of a workplace, where one works in the building ("I'm Lou from HR", "Dana from Accounts"): no places.
DEPARTMENTS = frozenset(
    "accounting accounts marketing sales security finance payroll reception management engineering shipping maintenance "
    "housekeeping legal purchasing catering admin hr it pr procurement compliance operations".split()) | {
    "human resources", "customer service", "customer services", "r&d", "tech support", "it support"}

#: Regions a lowercase chat text may name: US states, Canadian provinces, countries, large cities.
#: They let "grand rapids, michigan" keep its state and "here in texas" read as a place.
REGIONS = frozenset(
    name.replace("_", " ") for name in (
    "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii "
    "idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan "
    "minnesota mississippi missouri montana nebraska nevada new_hampshire new_jersey new_mexico "
    "new_york north_carolina north_dakota ohio oklahoma oregon pennsylvania rhode_island "
    "south_carolina south_dakota tennessee texas utah vermont virginia washington west_virginia "
    "wisconsin wyoming alberta british_columbia manitoba ontario quebec nova_scotia saskatchewan "
    "usa america united_states canada mexico england scotland ireland wales uk britain france "
    "germany italy spain portugal netherlands holland belgium switzerland austria sweden norway "
    "denmark finland iceland poland russia ukraine greece turkey israel egypt morocco nigeria kenya "
    "south_africa india pakistan china japan korea south_korea vietnam thailand philippines "
    "indonesia malaysia singapore australia new_zealand brazil argentina chile peru colombia "
    "venezuela cuba jamaica puerto_rico costa_rica guatemala iran iraq saudi_arabia dubai "
    "new_york_city nyc la los_angeles chicago houston dallas austin seattle boston miami atlanta "
    "denver phoenix philadelphia san_francisco san_diego portland las_vegas nashville detroit "
    "london paris berlin rome madrid tokyo toronto vancouver montreal sydney melbourne "
    "the_midwest the_south the_east_coast the_west_coast new_england").split()
)
#: Academic degrees, as said -> as written.
DEGREES = {
    "bachelor's": "bachelor's degree", "bachelors": "bachelor's degree", "bachelor": "bachelor's degree",
    "master's": "master's degree", "masters": "master's degree", "master": "master's degree",
    "associate's": "associate's degree", "associates": "associate's degree", "associate": "associate's degree",
    "phd": "PhD", "ph.d": "PhD", "ph.d.": "PhD", "doctorate": "doctorate", "doctoral": "doctorate",
    "mba": "MBA", "ba": "BA", "bs": "BS", "bsc": "BSc", "ma": "MA", "ms": "MS", "msc": "MSc",
    "jd": "JD", "md": "MD", "law": "law degree", "medical": "medical degree", "college": "college degree",
    "university": "university degree", "undergraduate": "undergraduate degree", "undergrad": "undergraduate degree",
    "graduate": "graduate degree", "grad": "graduate degree", "high school": "high school diploma",
    "ged": "GED",
}
#: Marital status words -> the value stored in ``maritalStatus``.
MARITAL_STATUS = {
    "married": "married", "single": "single", "divorced": "divorced", "divorcee": "divorced",
    "widowed": "widowed", "widow": "widowed", "widower": "widowed", "engaged": "engaged",
    "separated": "separated",
}
#: Things a person studies that are not fields ("I study hard", "I study at night").
NOT_FIELDS = frozenset(
    "hard a lot alot all day night late online abroad together every with at for to in on from "
    "when while because so but and it them that this my the".split()
)


def alts(words: str) -> str:
    """A regex alternation of space-separated words (``_`` for a space), longest first."""
    items = sorted({w.replace("_", r"\s+") for w in words.split()}, key=len, reverse=True)
    return "(?:" + "|".join(items) + ")"


#: Pastimes said with "go" ("go hiking"), also after "just got back from" ("just got back from deer hunting").
GO_ACTIVITIES = (
    "hiking fishing camping swimming running jogging shopping bowling dancing skiing snowboarding hunting surfing "
    "biking cycling kayaking canoeing sailing rock_climbing climbing skating ice_skating skateboarding "
    "horseback_riding riding walking diving scuba_diving boating birdwatching bird_watching clubbing partying "
    "antiquing thrifting golfing backpacking rafting paddle_boarding sledding fly_fishing"
)
#: What a "<thing> person" likes ("i am more of a cat person", "a morning person"): the nouns that can be liked
#: so, unlike "a nice person" or "a short person".
LIKED_KINDS = (
    PETS + " animal animals coffee tea beer wine whiskey morning night beach mountain mountains outdoors book books "
    "movie movies music sports sport baseball football basketball soccer hockey pizza chocolate dessert summer winter "
    "city country people"
)


JOB_SUFFIX = lazy(r"(?:er|or|ist|ian|ant|eer|man|woman|smith|wright)$")
SCHOOLS = r"(?:school|college|university|uni|academy|institute|high|elementary|state|tech|polytechnic|seminary|conservatory)"
KIN = alts(" ".join(KIN_PREDICATE))
#: A pet noun, and the kind after a breed or a pet word when one follows ("siamese cat", "kitty cat", "2 boxer dogs").
#: A plural's ending: "es" only after a hissing sound ("fishes", "boxes"), so that "rates" and "cares" are no "rat" or "car"
PLURAL = r"(?:(?<=[sxz])es|(?<=[sc]h)es|s)?"
PET = alts(PETS)[:-1] + ")" + PLURAL + r"(?:\s+(?:dogs?|cats?|kittens?|puppy|puppies|pups?|horses?|fish|birds?|rabbits?))?"
POSSESSION = alts(POSSESSIONS)[:-1] + ")" + PLURAL
KIN_MODS = r"(?:(?:best|identical|fraternal|older|oldest|younger|youngest|little|big|baby|twin|step|late|new|only|dear|beloved|lovely|beautiful|wonderful|sweet|amazing|favorite|favourite|eldest|elder|first|second|third|\d+|one|two|three|four|five|six|seven|eight|nine|ten|grown|adult|teenage|\w+-year-old|\w+\s+years?\s+old)\s+)*"
#: a capitalised name of one or two words ("Mrs. Knight": a title keeps its name; "Mo-" cut off is none)
NAME = r"(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z](?:[\w']|-(?=[\w']))+(?:\s+[A-Z](?:[\w']|-(?=[\w']))+)?"
#: a first name, or a first and last name, as people are spoken of in chat ("Kim", "Ross Geller"; no title)
PLAIN_NAME = r"[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*)?"
NUM = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|several|many|lots\s+of|a\s+few|a\s+couple\s+of|a\s+couple|twin|2|3)"
ADJ = r"(?:[\w'-]+\s+){0,3}?"
TRAIT_SET = frozenset(TRAITS.split())
DEGREE_WORD = (r"(?:degrees?|diploma|masters|master's|bachelors|bachelor's|phd|ph\.d\.?|mba|doctorate|associates|associate's|ged"
               # "my BA in history", "a BS in nursing", "an MFA": in capitals only (not "bs", "ma", "ms")
               r"|(?-i:B\.?A|B\.?S|BSc|BFA|BBA|M\.?A|M\.?S|MSc|MFA|MEd|MPH|MSW|J\.?D|LLB|LLM|EdD)(?![\w'])\.?"
               r"|undergrad(?:uate)?(?!\s+(?:students?|classes|courses?|programs?|admissions?|advisors?|research)\b))")
JOBS_SET = {w.replace("_", " ") for w in JOBS.split()}
REGION = alts(" ".join(r.replace(" ", "_") for r in REGIONS))
#: A group joined for leisure, not an employer: "(joined) a book club", "the choir", "a gym", "a band".
LEISURE_GROUP = (r"\b(?:club|team|band|gym|choir|chorus|league|society|orchestra|group|church|class|crew|circle|"
                 r"fraternity|sorority|congregation|squad|ensemble|troupe|studio)s?\b")
#: Talk of jobs in a turn, where "joined Amazon" is the new employer: "I quit Microsoft", "my new job", "got hired".
JOB_TALK = (r"\b(?:quit|resigned|fired|laid\s+off|let\s+go|jobs?|hired|employer|career|position|offer|"
            r"switched\s+(?:jobs|companies)|work(?:ed|ing)?\s+(?:at|for))\b")
#: A thing to be had, not had yet (:mod:`.mentions`, :mod:`.my_vehicles`): "(i want to) buy my own car", "(saving up
#: to) get my first truck", "(thinking about) opening my own restaurant": a word of getting right before "my" ...
TO_GET = lazy(r"(?i)\b(?:buy|buying|get|getting|afford|build|purchase)\s+$")
#: ... and a plan or a wish in the clause ("i cannot wait to buy my house": looked forward to, not had)
PLANNED = lazy(r"(?i)\b(?:thinking|think|planning|plan|plans|want|wants|wanna|hope|hoping|dream|someday|one\s+day|"
               r"going\s+to|gonna|save|saving|can(?:'t|’t|not|\s+not)\s+wait|about\s+to|would\s+(?:like|love)|looking\s+forward|"
               r"soon)\b")
#: "(blind) in one eye", "(deaf) in my left ear": where a trait is, not what it is of
ONE_SIDE = r"\s+(?:one|my|the|both|each)\s+(?:(?:left|right|good|bad)\s+)?(?:eye|ear|eyes|ears)\b"
