/**
 * About 5,000 frequent English words, plus words common in domain names ("mail", "login", "secure",
 * "online", "cloud", "shop"), all lower-case a-z.
 *
 * What it is for: false-positive control in the look-alike matcher (Chromium keeps a common-words list
 * for the same reason). A protected label that is an ordinary word (house.gov, office.com, live.com,
 * box.com, zoom.us, apple.com) is weak evidence on its own: "house8.net", "openoffice.org" or
 * "live.curry.com" must not be flagged just because the word appears in them. Brand-only names
 * ("microsoft", "sharepoint", "onedrive", "docusign", "actblue", "winred", "hudson", "iri", "ndi") are
 * deliberately absent, and so is "senate": senate.gov is the headline target, so its label stays strong.
 *
 * Written for this project from general knowledge, not copied from any word list. Kept as one string
 * split once at module load, which is far smaller in the bundle than an array literal.
 */
const WORDS = `
a abandon able about above abroad absence absent absolute absolutely absorb abstract abuse academic
academy accent accept acceptable accepted accepts access accessible accident accompany accomplish
according account accounting accounts accuracy accurate accuse achieve achieved achievement acid
acknowledge acquire acre across act action actions activate activation active activity actor actress
acts actual actually ad adapt adapted add added addiction adding addition additional address
addressed adds adequate adjust adjusted adjustment admin administration administrator admire
admission admit admitted adopt adopted adoption adult advance advanced advantage adventure
adventures advertise advertising advice advise advised adviser advocate affair affect affected
afford affordable afraid after afternoon again against age agency agenda agent aggressive ago agree
agreed agreement agricultural agriculture ahead aid aide aids aim aimed air aircraft airline airport
alarm album alcohol alert alerts alien alike alive all alliance allow allowed ally almost alone
along alpha already also alter alternative although aluminum always amateur amazing ambition
ambulance amendment american among amount amuse analysis analyst analyze ancestor anchor ancient and
angel angels anger angle angry animal animals anniversary announce announced announcement annoy
annual anonymous another answer answered answers antique anxiety anxious any anybody anymore anyone
anything anyway anywhere apart apartment apartments app apparent apparently appeal appear appearance
appeared appetite applause apple apples appliance application applications applied apply appoint
appointment appreciate appreciated approach approached approval approve approved approximately apps
april arch architect architecture area areas arena argue argued argument arise arm armed armor arms
army around arrange arranged arrest arrival arrive arrived arrow art article articles artist
artistic arts as ash ashamed aside ask asked asking asks asleep aspect assault assembly assess asset
assets assignment assist assistance assistant associate associates association assume assumed assure
at athlete atmosphere atom attach attached attachment attack attacked attacks attempt attempted
attempts attend attended attention attitude attorney attorneys attract attracted attractive auction
audience audio audit august aunt authentic author authorities authority auto automatic automobile
autumn availability available avenue average avoid avoided await awake award aware awareness away
awesome awful awkward axis baby back background backup backups bacon bacteria bad badge badly bag
bags bake baker bakery balance balcony ball ballot ballots bamboo banana band bandwidth bank banker
banking bankrupt banks banner bar bare barely barrel barrier base baseball based basement basic
basically basin basis basket basketball batch bath bathroom battery battle bay be beach beam bean
bear beast beat beaten beautiful beauty became because become becomes becoming bed bedroom bee beef
been beer before beg began begin beginner beginning begins behalf behave behavior behind being
belief believe believed bell belly belong belongs beloved below belt bench bend beneath benefit
benefits berry beside besides best bet beta better between beyond bias bible bicycle bid big bigger
biggest bike bikes bill billing billion bills bin bind biology bird birds birth birthday bit bite
bitter black blade blame blank blanket blast bless blessing blind blink bliss block blocked blocks
blog blogs blonde blood bloom blossom blow blue board boards boast boat body boil bold bolt bomb
bond bonds bone bones bonus book booking books boost boot booth boots border borders bored boring
born borrow borrowed boss both bother bottle bottom bought bound boundary bouquet boutique bow bowl
box boxes boy boys brain brake branch brand brass brave breach bread break breakdown breakfast
breaking breast breath breathe breeze brew brewing brick bride bridge brief bright brightness
brilliant bring brings broad broadcast broke broken broker brokers bronze brother brothers brought
brown browse browser brush bubble bucket buddy budget buffalo buffer bug build builder building
buildings builds built bulb bulk bull bullet bulletin bump bunch bundle bunny burden burger buried
burn burned burning burst bury bus bush business busy but butter butterfly button buy buyer buyers
buying buys buzz by cab cabin cabinet cable cafe cafeteria cage cake calculate calculator calendar
calf call called calling calls calm calorie came camel camera camp campaign campaigns campus can
canada canal cancel cancer candidate candidates candle candy cannon canvas canyon cap capability
capable capacity capital caps captain capture captured car carbon card cardboard cards care cared
career careers careful carefully cargo carpenter carpet carriage carried carrier carrot carry cars
cart cartoon case cases cash casino cast castle casual cat catalog catch catching category cats
cattle caught cause caused causes caution cautious cave cease cedar ceiling celebrate celebrated
celebrity cell cells cement cemetery census cent center centers central centre century ceremony
certain certainly certificate certification chain chair chairman chairs challenge chamber champagne
champion champions chance change changed changes changing channel chaos chapter character charge
charged charges charity charm charming chart charter chase chased chat chats cheap cheat check
checked checkout checks cheek cheer cheese chef chemical chemistry cherry chess chest chew chicken
chief child childhood children chill chip chips chocolate choice choose chorus chose chosen chronic
church cigarette cinema circle circuit circus citizen citizens citizenship city civic civil civilian
claim claims clap clarify clash class classes classic classical classroom clause clay clean cleaned
cleaner clear cleared clearly clerk clever click clicks client clients cliff climate climb climbed
climber clinic clinical clip clock close closed closely closer closet closing cloth clothes clothing
cloud clouds clown club clubs clue cluster coach coal coalition coast coastal coat cocoa coconut
code coder codes coding coffee coin coincidence coins cold collapse collar colleague collect
collected collection collective college colony color colorful colors column columnist comb combat
combination combine combined come comedy comes comfort comfortable comic coming command commander
comment commented comments commerce commercial commission commit commitment committee common
communicate communications community commute compact companies companion company compare compared
comparison compass compassion compatible compensation compete competed competent competition
competitive compile complain complained complaint complement complete completed completely complex
complicated component compose composer compound comprehensive compromise computer computers
concentrate concept conception concern concerned concert concluded conclusion concrete condition
conditions conduct conducted conductor conference confess confession confidence confident configure
confine confirm confirmation confirmed conflict confront confused congratulations congress connect
connected connection conscience conscious consent consequence conservation conservative consider
considerable considered consist consisted consistent conspiracy constant constitute constitution
construction consult consultant consultants consulting consume consumer consumption contact
contacted contain contained contains contemporary contend content contest context continent continue
continued contract contractor contrary contrast contribute contributed control controlled
controversial controversy convenience convenient convention conversation convert converted
conviction convince convinced cook cooked cookie cooking cool cooperation coordinate cope copied
copper copy cord core corn corner corp corporate corporation correct corrected corridor corruption
cost costs costume cottage cotton couch cough could council counsel counselor count counted counter
countries country countryside county couple courage courier course court courtesy cousin cover
coverage covered cow cowboy crab crack craft crane crash crashed crawl crazy cream create created
creates creating creation creative creature credibility credit crest crew cricket cried crime
criminal crisis criteria critic critical criticism criticize crop cross crossed crowd crowded crown
crucial crude cruel cruise crush cry crypto crystal cube cuisine cultural culture cup cupboard cure
curiosity curious current currently curtain curve cushion custody custom customer customers cut cute
cuts cyber cycle cycling dad daily dairy dam damage damaged damp dance danced dancer danger
dangerous dare dark darling dash dashboard data database date daughter dawn day days dead deadline
deadly deaf deal dealer dealing deals dealt dear death debate debit debris debt debut decade
december decent decide decided decision deck declare declared decline declined decorate decrease
dedicate deep deeply deer default defeat defend defendant defender defense deficit define defined
definitely definition degree delay delegate delegation delete deliberately delicate delicious
delight deliver delivered delivery demand demanded demo democracy demonstrate denied dense dental
dentist deny department departure depend depends deploy deposit depression depth deputy derive
descend descent describe described desert deserve design designed designer designs desire desired
desk desktop desperate despite dessert destination destroy destroyed destruction detail detailed
details detect detective determination determine determined dev develop developed developer
developing development device devil devote devs diagnose diagnosis dial dialog diamond diary dice
die died diet differ difference different differently difficult dig digital dignity dilemma
dimension dine diner dinner dip diploma diplomat diplomatic direct directed direction directly
director dirt dirty disability disabled disagree disappear disappoint disaster discipline disclose
discount discourage discover discovered discovery discrimination discuss discussed discussion
disease dish disk dismiss disorder display dispute distance distant distinct distinguish distribute
distribution district disturb dive diverse diversity divide divided divine division divorce doc dock
docs doctor doctors doctrine document documentary documents does dog dogs doing dollar dollars
dolphin domain domains dome domestic dominant donate donation done donor donors door doors dose dot
double doubled doubt down download downloads downstairs downtown dozen dozens draft drag dragged
dragon drain drama draw drawing drawn dream dreamed dreams dress dressed dried drift drill drink
drinking drive driven driver drives driving drop dropped drug drugs drum drunk dry dual duck due
dump durable during dust dutch duty dynamic each eager eagle ear early earn earned earnings earth
earthquake ease easily east eastern easy eat eating eats echo eco ecology economic economics
economist economy edge edit edition editor educate educated education educational effect effective
effectively efficiency efficient effort egg eight either elaborate elderly elect elected election
elections electric electrical electricity electronic electronics elegant element elementary elephant
elevator eleven eliminate elite else elsewhere email emailing emails embassy embrace emerge emerged
emergency emission emotion emotional emphasis emphasize empire employ employed employee employees
employer employment empty enable enabled enact encounter encourage encouraged end ended ending
endless endorse ends endure enemy energy enforce enforcement engage engagement engine engineer
engineering enhance enjoy enjoyed enjoyment enormous enough enroll ensure enter entered enterprise
enterprises entertain entertainment enthusiasm entire entirely entitle entrance entry envelope
environment epic episode equal equality equally equation equipment equipped equity equivalent era
erase error escape escaped escort especially essay essential essentially establish established
establishment estate estimate estimated ethical ethics ethnic evaluate evaluation even evening event
events eventually ever every everybody everyone everything everywhere evidence evident evil
evolution evolve exact exactly exam examine examined example exceed excellent except exception
excess excessive exchange exchanged excited exciting exclude excluded exclusive excuse execute
execution executive exercise exhaust exhibit exhibition exile exist existed existing exit expand
expanded expansion expect expectation expected expects expedition expense expensive experience
experienced experiment experimental expert expertise expire explain explained explanation explicit
explode exploit explore explosion export exposure express expressed extend extended extension
extensions extensive extent external extra extraordinary extreme extremely eye eyes fabric face
facial facilities facility fact factor factors factory facts faculty fade fail failed failure fair
fairly fairy faith faithful fake fall falling falls false fame familiar families family famous fan
fancy fans fantastic fantasy far fare farm farmer fashion fashionable fast fat fatal fate father
fault favor favorable favorite fear feast feature february fed federal federation fee feed feel
feeling feelings feels feet fell fellow felt female feminist fence ferry festival few fiction field
fierce fifteen fifth fifty fight fighter fighters fighting figure figured file files fill filled
film films final finally finals finance financial find finding findings finds fine finger
fingerprint finish finished fire fired firefighter fireplace firework firm firmly firms first fiscal
fish fisherman fishing fist fit fitness fits five fix fixed flag flame flash flat flavor flee fleet
flew flexible flies flight flights flip float flood floor flour flow flower flowers flowing fluid
flush fly flying foam focus fog fold folder folders folk folks follow followed following follows
fond font fonts food foods foot football for forbid force forced forecast foreign foreigner forest
forever forge forget forgive forgot form formal formation formed former formula forth fortunately
fortune forty forum forums forward foster found foundation founded fountain four fourth fox fraction
fragile fragment frame framework franchise fraud free freed freedom freeze freight french frequency
frequent frequently fresh friday friend friendly friends friendship frighten frog from front frost
frozen fruit fuel fulfill full fully fun function fund fundamental funding funds funeral funny fur
furious furniture fuss future gadget gain gained galaxy gallery gallon gamble gambling game games
gaming gang gap garage garbage garden garlic gas gasoline gate gateway gather gathered gauge gave
gaze gear gender gene general generally generate generation generous genetic genius genre gentle
gentleman genuine geography gesture get gets getting ghost giant giants gift gifts ginger girl girls
give given gives giving glad glance glass glimpse global globe glory glove glow glue go goal goals
goat god goes going gold golden golf gone good goodbye goods gorgeous gossip got govern governance
government governor grab graceful grade gradual gradually graduate grain grammar grand grandfather
grandmother grandparent grant granted grape graph graphic graphics grass grateful grave gravity gray
great greatest green greet grew grey grief grill grin grip grocery gross ground group groups grow
growing grows growth guarantee guard guardian guess guessed guest guidance guide guided guideline
guidelines guilty guitar gun guy guys gym habit habitat hair half halfway hall hammer hand handful
handle handled hands handy hang happen happened happening happens happy harbor hard hardly hardware
harm harmony harsh harvest hat hate hated have having hazard he head heading headline headquarters
heads heal health healthcare healthy heap hear heard hearing heart heat heating heaven heavy hedge
height held helicopter hell hello helmet help helpdesk helped helper helpful helping helps hence her
herb here heritage hero herself hesitate hey hi hid hidden hide hierarchy high highlight highly
highway hike hill him himself hint hip hire hired his historian historic historical history hit
hobby hockey hold holding holdings holds hole holiday holy home homeland homes homework honest
honestly honey honor hook hope hoped horizon horn horror horse hospital hospitality host hostage
hosted hostile hosting hosts hot hotel hotels hour hours house houses housing how however hub hubs
hug huge human humble humid humor hundred hunger hungry hunt hunter hunting hurricane hurried hurry
hurt husband hydrogen i ice icon icons idea ideal ideas identify identity ideology if ignore ignored
ill illegal illness illusion illustrate image images imagination imagine imagined immediately
immense immigrant immigration immune impact implement implication imply import important impose
impossible impress impressed impression impressive imprison improve improved in inbox inc incentive
inch incident incline include included including income incorporate increase increased increasingly
incredible incredibly indeed independent index indicate indicated indication indigenous individual
indoor induce industries industry inevitable inevitably infant infection inflation influence info
inform information informed infrastructure ingredient inherit initial initially initiative inject
injure injured injury inner innocent innovation innovative input inquiry insect insert inside
insight insist insisted inspect inspection inspector inspiration inspire install installation
installed instance instant instead instinct institute institution institutional instruct instruction
instructor instrument insult insurance insure intact integrate integrity intellectual intelligence
intelligent intend intended intense intensity intention interact interaction interest interested
interesting interior internal international internet interpret interpretation interrupt interval
intervention interview intimate into introduce introduced invasion invent invention inventory invest
investigate investigation investing investment investments investor invisible invitation invite
invited invoice invoices involve involved iron island isolate isolated issue issues it item items
its itself ivory jacket jail january jazz jean jeans jelly jet jewel jewelry job jobs join joined
joint joke journal journalism journalist journey joy judge judgment judicial juice july jump jumped
june jungle junior junk jurisdiction jury just justice justify keen keep keeping kept key keyboard
keys kick kicked kid kids kill killed killer kilometer kind king kingdom kiss kit kitchen kite knee
knew knife knock knocked knot know knowledge known knows lab label labor laboratory labs lack ladder
lady lake lamb lamp land landed landing landscape lane language laptop large largely laser last
lasted late later latest laugh laughed launch launched laundry law lawmaker lawn laws lawsuit lawyer
lawyers lay layer laying layout lazy lead leader leaders leadership leading leads leaf league leak
lean learn learned learning lease least leather leave leaving lecture left leg legacy legal legend
legislation legislative legislature legitimate leisure lemon lend lender length lens less lesson let
lets letter letters lettuce level liberal liberty library license lid lie life lifestyle lifetime
lift lifted light lightning like liked likely likewise limb limit limitation limited line linear
lines link links lion lip liquid list listed listen listened literally literary literature little
live lived lively lives living load loaded loan loans lobby local locate located location lock
locked locker lodge log logic login logins logo logon logout loneliness lonely long look looked
looking looks loop loose lord lose loss lost lot lots lottery loud love loved lovely lover low lower
loyal loyalty luck lucky lunch luxury lying lyrics machine mad made magazine magic magnet
magnificent maid mail mailbox mailer mailing main mainly mainstream maintain maintained maintenance
major majority make maker makes makeup making male mall man manage managed management manager
mandate manner mansion manual manufacture manufacturer manuscript many map marble march margin
marine mark marked marker market marketing marketplace markets marriage married marry mart mask mass
massive master match matched mate material maternal math matter mature max maximum may maybe mayor
me meal mean meaning meaningful means meant meantime meanwhile measure measured measurement meat
mechanic mechanical mechanism medal media mediate medical medicine medium meet meeting meetings
meets mega melody melt member members membership memo memorial memory mental mention mentioned
mentor menu merchant mercy mere merely merge merger merit mesh mess message met metal metaphor meter
method metro micro microphone middle midnight might migration mild mileage milestone military milk
mill million mind mine mineral mini minimal minimize minimum mining minister ministry minor minute
minutes miracle mirror misleading miss missed missile missing mission mistake mix mixed mobile
mobility mode model models modem moderate modern modest modify moisture mom moment momentum monday
money monitor monkey monopoly monster month monthly months monument mood moon moral more moreover
morning mortgage most mostly mother motion motivate motivation motive motor motors mound mount
mountain mouse mouth move moved movement movie movies moving much mud multiple municipal murder
muscle museum mushroom music musical musician must mutual my myself mystery myth nail naked name
named namely names narrow nation national native natural nature navy near nearly neat necessary neck
need needed needs negative neighbor neighborhood neither nephew nerve nervous nest net network
networks neutral never new newly news newsletter newspaper newsroom next nice nickname night
nightmare nine no noble nobody nod noise nominate nomination nominee none nonprofit nor norm normal
normally north northern nose not notable note notebook noted notes nothing notice noticed notices
notification notifications notion notorious novel november now nowhere nuclear number numbers nurse
nut nutrition oak oath object objection objective obligation observation observe observed observer
obstacle obtain obtained obvious obviously occasion occasional occasionally occupation occupy occur
occurred ocean october odd of off offend offense offensive offer offered offering office officer
official offline offset offspring often oh oil ok okay old older olive on once one ones ongoing
onion online only onto open opened opening openly opera operate operated operation operator opinion
opponent opportunity oppose opposite opposition optical optimistic option optional options or oral
orange orbit orchestra order ordered orders ordinary organ organic organization organize organized
orientation origin original other others otherwise ought our ours ourselves out outbox outbreak
outcome outdoor outfit outlet outline outlook output outside outstanding oval oven over overall
overcome overlook overnight overseas oversee overwhelm owe owl own owned owner ownership oxygen pace
pack package pad page pages paid pain painful paint painted painter painting pair pal palace pale
pan panel panic pants paper papers parade paradise paragraph parallel parcel parent parents park
parking parliament part partial partially participant participate participation particular
particularly parties partly partner partners partnership party pass passage passed passenger passion
passive passport password passwords past pasta paste pastor patch patent path patience patient
patrol patron pattern pause pave pavement pay paying payment payments peace peaceful peak peanut
pear pedestrian peel peer pen penalty pencil pending penny pension people pepper per percent
perception perfect perform performance performed perhaps period permanent permanently permission
permit permitted persist person personal personally persuade pet petition pets pharmacy phase
phenomenon philosophy phone phones photo photograph photographer photos phrase physical physician
physics piano pick picked pickup picnic pics picture pictures piece pieces pig pigeon pile pill
pillow pilot pin pine pink pioneer pipe pirate pit pitch pizza place placed placement places plain
plan plane planet planned planning plans plant planted plastic plate platform platinum play played
player players playing plays plaza plea plead pleasant please pleasure pledge plenty plot plug
plugin plugins plumber plus pocket poem poet poetry point pointed points poison pole police policies
policy political politics poll pollution pond pony pool poor pop popular population pork port
portable portal portals portfolio portion portrait pose position positive possess possession
possible possibly post postal posted poster postpone pot potato potential pound pour poured poverty
powder power powerful practical practically practice praise pray prayer precious precise precisely
predator predict prediction prefer preference pregnant preliminary premier premise premium
preparation prepare prepared prescription presence present presentation presented preserve
presidency president presidential press pressed pressure pretend pretty prevail prevent prevented
prevention preview previous prey price priceless prices pride priest primarily primary prime prince
princess principal principle print printed printer prior priority prison prisoner privacy private
privilege prize pro probably probe problem problems procedure proceed proceeds process processor
produce produced producer product production productive productivity products profession
professional professor profile profiles profit profound program programming progress prohibit
project projects prominent promise promised promising promote promotion prompt pronounce proof
propaganda proper properly properties property proportion proposal propose proposed pros prosecutor
prospect prosperity protect protected protection protein protest protocol proud prove proved provide
provided provider provides province provision psychological psychology public publication publicity
publicly publish published publisher pull pulled pulse pump punch punish punishment pupil puppy
purchase purchased pure purple purpose purse pursue pursuit push pushed put puts puzzle qualify
quality quantity quantum quarter queen quest question questionnaire questions quick quickly quiet
quit quite quiz quota quote rabbit race racing rack radar radiation radical radio rage raid rail
railroad rain raise raised rally ran ranch random range ranger rank rapid rare rarely rat rate
rather rating ratio rational raw reach reached react reaction reactor read reader readily reading
reads ready real realistic reality realize realized really realty rear reason reasonable rebel
rebuild recall receipt receipts receive received receiver recent recently reception recession recipe
recipes recipient recognize recognized recommend recommendation recommended reconcile record
recorded recover recovery recruit recycle red reduce reduced refer referee reference referendum
referred refine reflect reflection reform refrigerator refuge refugee refuse refused regard regarded
regime region regional register registration regret regular regulate regulation regulator
rehabilitation reign reinforce reject rejected relate related relation relationship relative relax
relay release released relevant reliable relied relief relieve religion religious reluctant rely
remain remained remarkable remedy remember remembered remind remote remove removed renew renewal
renovate renowned rent rental rentals repair repeat repeated repeatedly replace replaced replacement
replica replied reply report reported reporter reports represent representative represented republic
reputation request requested require required rescue rescued research resemble reservation reserve
reservoir residence resident residential resign resignation resist resistance resolution resolve
resolved resort resource resources respect respective respectively respond responded response rest
restaurant restore restrict restriction result results retail retailer retain retire retirement
retreat retrieve return returned reveal revealed revenue reverse review revision revival revive
revolution reward rhythm ribbon rice rich rid ridden ride ridiculous rifle right rights rigid ring
ripe rise risen risk ritual rival river road roast robot robust rock rocket rode role roll rolled
romance romantic roof rookie room rooms root rope rose roster rotate rotation rough round route
router routine row royal rubber ruin rule ruled ruler rules rumor run runner running runs rural rush
rushed rust sack sacred sacrifice sad sadly safe safety said sail sailor saint salad salary sale
sales salmon salon salt same sample sanction sand sandwich sang sat satellite satisfaction satisfy
saturday sauce sausage save saved saving savings saw say saying says scale scandal scare scared
scarf scatter scenario scene schedule scheme scholar scholarship school schools science scientific
scientist scissors scope score scored scout scrap scratch screen screw script sculpture sea seal
search searched season seasonal seat seated second secondary secret secretary secretly section
sector secure securely security see seed seeing seek seeking seem seemed seems seen sees seize
seldom select selected selection self sell selling sells send sending sends senior sense sensible
sensitive sent sentence sentiment separate september sequence series serious servant serve served
server servers serves service services session set sets setting settle settled settlement setup
seven several severe sex shade shadow shake shall shallow shame shape shaped share shared
shareholder sharing shark sharp she shed sheep sheet shelf shell shelter sheriff shield shift shine
ship shipping shirt shock shoe shoes shook shoot shop shopping shops shore short shortage shortly
shot should shoulder shout show showed shower shown shows shrink shut sibling sick side sidewalk
sight sign signal signals signature signed significant signin signout signup silence silent silk
silly silver similar simple simply simulation simultaneously since sincere sing singer singing
single sings sink sir sister sit site sites sits sitting situation six sixth size skate skeleton
sketch ski skill skin skip sky sleep sleeve slept slice slide slight slightly slim slip slogan slope
slot slow slowly small smart smash smell smile smiled smoke smooth snake snap snow so soap soccer
social socially society soda sofa soft software soil solar sold soldier sole solely solid solo
solution solutions solve solved some somebody somehow someone something sometimes somewhat somewhere
son song songs soon sophisticated sorry sort sorted sought soul sound sounded soup sour source south
southern sovereign spa space spare spark spatial speak speaker special specialist species specific
specify spectacular spectrum speculation speech speed spend spent sphere spice spicy spider spin
spirit spiritual spite splendid split spoil spoke spoken sponsor spoon sport sports spot spouse
spread spring squad square squeeze stable stadium staff stage stake stall stamp stance stand
standard stands star stared stars start started starts state stated statement states station statue
status statute stay stayed steady steak steal steam steel steep steer stem step stepped stick sticky
stiff still stimulate stimulus sting stir stock stole stomach stone stood stop stopped storage store
stores stories storm story straight strange stranger strategy straw strawberry stream streaming
street strength stress stretch strict strike string stroke stroll strong structure struggle stuck
student students studied studio studios study stuff stupid style subject submit submitted subscribe
subscriber subscription subsequent subsidy substance substantial substitute suburb suburban subway
succeed succeeded success successful succession successor such sudden suddenly suffer suffered
suffering sufficient sugar suggest suggested suit suitable suite summer summit sun sunday super
superb superior supervisor supplement supplied supplier supply support supported supporter suppose
supposed supreme sure surface surgeon surgery surplus surprise surprised surrender surround
surrounded surveillance survey survival survive survived survivor suspect suspected suspend
suspicion suspicious sustain sustainable swap swear sweat sweep sweet swim swing switch switched
sword symbol symbolic sympathy symptom sync system systems table tablet tackle tactic tail take
taken takes taking tale talent talented talk talked tall tank tap tape target task taste tasted
taught tax taxes taxpayer tea teach teacher team teams tear teaspoon tech technical technique
technology techs teen teenage teenager teeth telephone telescope television tell temperature
template templates temple temporary tempt ten tenant tend tender tennis tension tent term terminal
terms terrible territory terror terrorism terrorist test tested testify testimony text textbook
texture than thank thanked thankful thanks that the theater theft their them theme themes themselves
then theory therapist therapy there thereby therefore these thesis they thick thief thin thing
things think thinking thinks third thirty this thorough thoroughly those though thought thousand
thread threat threaten three threshold thrive throat throne through throw thrown thumb thunder
thursday thus ticket tickets tide tie tied tight timber time times tin tiny tip tired tissue title
to toast tobacco today toe together toilet told tolerance tolerate toll tomato tomorrow ton tone
tongue tonight too took tool toolbox toolkit tools tooth top topic tornado toss total touch tough
tour tourism tourist tournament tours toward towards towel tower town toxic toy trace track tracking
trade trader trades trading tradition traffic tragedy tragic trail trailer train training trait
transaction transfer transform transformation transit transition translate translation transmission
transparency transparent transport trap trauma travel tray treasure treasurer treasury treat
treatment treaty tree trees tremendous trend trial tribe tribute trick tried trigger trim trip trips
triumph troop trophy tropical trouble truck trucks true truly trunk trust trusted truth try tube
tuesday tuition tune tunnel turkey turn turned turtle tutor twelve twenty twice twin twist two type
typed typical typically ultimate ultra umbrella unable uncertain uncertainty uncle uncover under
undergo underground underlying undermine understand understood undertake unemployment unexpected
unfair unfortunately uniform unify union unique unit united unity universal universe university
unknown unless unlike unlikely unprecedented unsubscribe until unusual up update updated updates
upgrade upgrades uphold upload uploads upon upper upset upstairs urban urge urged urgent us usage
use used useful user username usernames users uses using usual usually utility utilize vacation
vaccine vague valid validate validation validity valley valuable value van vanish variable variation
variety various vary vast vault vegetable vehicle vendor vendors venture ventures venue verbal
verdict verification verified verify verse version vertical very vessel veteran veterans veto via
vibrant vice victim victory video videos view viewer vigorous village violate violation violence
violent virtual virus visa visible vision visit visited visitor visual vital voice volume volunteer
vote voter voters votes voting vulnerable wage wait waited wake walk walked wall wallet wallets
wander want wanted war warehouse warfare warm warming warn warned warning warrant warranty warrior
wash washed waste watch watched water wave way ways we weak weakness wealth wealthy weapon weapons
wear wearing wears weather weave web webmail webpage website websites wedding weddings wednesday
week weekday weekend weekly weight weird welcome welfare well wellness went west western wet whale
what whatever wheat wheel when whenever where whether which while whisper whistle white who whole
wholesale whom whose why wide widget widgets widow width wife wiki wild wildlife will willing
willingness win wind window wine wing winner winter wipe wire wired wireless wisdom wise wish with
withdraw within without witness wolf woman women won wonder wondered wonderful wood wooden wool word
words work worked worker workers workforce working workplace works workshop world worn worried worry
worse worship worst worth would wound wrap write writer writing written wrong wrote x yard yeah year
years yelled yellow yes yesterday yet yield yoga yogurt you young your yours yourself youth zebra
zero zone zoom
`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.trim().split(/\s+/));
