/**
 * Phrases phishing uses to make people act, by lure and by language (English, Spanish, Portuguese,
 * German, French, Dutch, Italian), grown from what `npm run eval` shows on the tuning halves of the
 * phishing corpora and checked against ham. Phrases are matched on folded words (no accents, lower
 * case); a word ending in "*" matches any word it starts. Each entry is one phrase a line, after
 * "|". A lure is never a warning by itself — ordinary mail says "invoice" and "password" too — it
 * only adds weight to other signs (see rules/lure-language.ts).
 */
export const LURE_KINDS = [
  "account",
  "document",
  "payment",
  "delivery",
  "prize",
  "casino",
  "crypto",
  "money-request",
  "sextortion",
  "investment",
  "dating",
  "offer",
] as const;
export type LureKind = (typeof LURE_KINDS)[number];

type Phrases = Readonly<Record<"en" | "es" | "pt" | "de" | "fr" | "nl" | "it", string>>;

export const LURE_PHRASES: Readonly<Record<LureKind, Phrases>> = {
  // Password expiry, sign-in alerts, locked or full mailboxes: the Microsoft 365 and webmail lures.
  account: {
    en: `password expire* | password will expire | password has expired | keep your password | keep same password
      | verify your account | verify your identity | confirm your identity | confirm your account | validate your account
      | account will be suspended | account has been suspended | account suspended | account has been locked | account locked
      | account will be closed | account will be deactivated | account has been limited | account on hold | temporarily locked
      | limited account | account limited | account is limited | kyc | know your customer
      | unusual sign in | unusual activity | suspicious activity | suspicious sign in | unauthorized access | someone tried to log in
      | sign in attempt | login attempt | new sign in | mailbox is full | mailbox full | mailbox storage | storage is full
      | storage full | exceeded your storage | quota exceeded | mailbox quota | email quota | update your payment information
      | update your billing | payment information | reactivate your account | restore your account | account verification
      | security alert | security notice | action required | immediate action | deactivation | upgrade your mailbox
      | pending messages | messages are pending | incoming messages | undelivered messages | blocked messages
      | blocked your account | account has been blocked | account is blocked | will be permanently deleted`,
    es: `contrasena caduca* | contrasena expira* | verifique su cuenta | verificar su cuenta | verifica tu cuenta
      | confirme su identidad | confirmar su identidad | cuenta suspendida | cuenta bloqueada | cuenta sera suspendida
      | actividad inusual | actividad sospechosa | inicio de sesion inusual | buzon lleno | almacenamiento lleno
      | actualice sus datos | actualizar sus datos | reactivar su cuenta | alerta de seguridad | accion requerida`,
    pt: `senha expira* | verifique sua conta | verificar sua conta | confirme sua identidade | conta suspensa
      | conta bloqueada | conta sera suspensa | atividade incomum | atividade suspeita | caixa de correio cheia
      | armazenamento cheio | atualize seus dados | atualizar seus dados | reative sua conta | alerta de seguranca
      | acao necessaria | retida para analise | transacao em analise | caso nao reconheca | compra nao reconhecida`,
    de: `passwort lauft ab | passwort abgelaufen | konto verifizieren | konto bestatigen | identitat bestatigen
      | konto gesperrt | konto wurde gesperrt | konto eingeschrankt | konto wird gesperrt | ungewohnliche aktivitat
      | verdachtige aktivitat | postfach ist voll | postfach voll | speicher voll | speicherplatz | daten aktualisieren
      | sicherheitswarnung | sicherheitshinweis | handlungsbedarf | erforderlich`,
    fr: `mot de passe expire | verifiez votre compte | verifier votre compte | confirmez votre identite
      | compte suspendu | compte bloque | compte sera suspendu | activite inhabituelle | activite suspecte
      | boite de reception pleine | boite aux lettres pleine | stockage plein | mettre a jour vos informations
      | mettez a jour vos informations | reactiver votre compte | alerte de securite | action requise`,
    nl: `wachtwoord verloopt | wachtwoord verlopen | verifieer uw account | bevestig uw identiteit
      | account geblokkeerd | account opgeschort | ongebruikelijke activiteit | verdachte activiteit | mailbox is vol
      | opslag is vol | gegevens bijwerken | werk uw gegevens bij | beveiligingswaarschuwing | actie vereist`,
    it: `password scade | password scaduta | verifica il tuo account | verifica il tuo conto
      | conferma la tua identita | account sospeso | account bloccato | conto sospeso | conto bloccato | attivita insolita
      | attivita sospetta | casella di posta piena | spazio esaurito | aggiorna i tuoi dati | avviso di sicurezza
      | azione richiesta`,
  },
  // A shared file, a voicemail or a fax that can only be opened by signing in.
  document: {
    en: `shared a document | shared a file | shared with you | sent you a document | sent you a file | view document
      | review document | review and sign | open document | access document | secure document | secure file
      | document has been shared | new document | pending document | e signature | esign* | docusign | voicemail | voice message
      | new voice | missed call | fax received | incoming fax | scanned document | view shared | download attachment`,
    es: `compartio un documento | compartido contigo | compartido con usted | ver documento | revisar documento | revisar y firmar
      | documento pendiente | mensaje de voz | buzon de voz | fax recibido | documento seguro | firma electronica`,
    pt: `novo arquivo | revise os dados fornecidos | compartilhou um documento | compartilhado com voce | ver documento | visualizar documento | revisar e assinar
      | documento pendente | mensagem de voz | correio de voz | fax recebido | assinatura eletronica`,
    de: `dokument geteilt | hat ein dokument | mit ihnen geteilt | dokument anzeigen | dokument ansehen | prufen und unterschreiben
      | sprachnachricht | voicemail | fax erhalten | elektronische signatur`,
    fr: `a partage un document | partage avec vous | voir le document | consulter le document | examiner et signer
      | document en attente | message vocal | messagerie vocale | fax recu | signature electronique`,
    nl: `heeft een document gedeeld | met u gedeeld | document bekijken | bekijk document | controleren en ondertekenen
      | voicemail | spraakbericht | fax ontvangen | elektronische handtekening`,
    it: `ha condiviso un documento | condiviso con te | visualizza documento | rivedi e firma | documento in attesa
      | messaggio vocale | segreteria | fax ricevuto | firma elettronica`,
  },
  // Invoices, failed payments and refunds: pay here, or enter your card to get money back.
  payment: {
    en: `invoice attached | overdue invoice | unpaid invoice | outstanding invoice | outstanding balance | payment failed
      | payment declined | payment was declined | payment could not be processed | unable to process your payment
      | update your payment | payment method | billing problem | billing issue | refund | pending refund | remittance
      | payment confirmation | wire transfer | bank transfer | pay now | final notice | subscription expired
      | subscription has expired | renew your subscription | auto renewal | auto renew | order confirmation | your order
      | purchase receipt`,
    es: `factura adjunta | factura pendiente | factura vencida | pago fallido | pago rechazado | metodo de pago
      | reembolso | devolucion | transferencia bancaria | pague ahora | ultimo aviso | suscripcion vencida | renovar su suscripcion`,
    pt: `fatura em anexo | fatura pendente | fatura vencida | boleto | pagamento recusado | pagamento falhou | forma de pagamento
      | reembolso | estorno | transferencia bancaria | pague agora | ultimo aviso | assinatura expirada | renove sua assinatura
      | pix`,
    de: `rechnung im anhang | offene rechnung | unbezahlte rechnung | zahlung fehlgeschlagen | zahlung abgelehnt
      | zahlungsmethode | ruckerstattung | erstattung | uberweisung | jetzt bezahlen | letzte mahnung | mahnung
      | abonnement abgelaufen | abo verlangern`,
    fr: `facture jointe | facture impayee | facture en attente | paiement echoue | paiement refuse | moyen de paiement
      | remboursement | virement bancaire | payer maintenant | dernier avis | abonnement expire | renouveler votre abonnement`,
    nl: `factuur in de bijlage | openstaande factuur | onbetaalde factuur | betaling mislukt | betaling geweigerd
      | betaalmethode | terugbetaling | restitutie | overschrijving | nu betalen | laatste herinnering | aanmaning
      | abonnement verlopen`,
    it: `fattura allegata | fattura scaduta | fattura non pagata | pagamento non riuscito | pagamento rifiutato
      | metodo di pagamento | rimborso | bonifico | paga ora | ultimo avviso | abbonamento scaduto | rinnova il tuo abbonamento`,
  },
  // A parcel held at customs or after a failed delivery, released for a small fee.
  delivery: {
    en: `your package | your parcel | your shipment | package is on hold | parcel is on hold | shipment on hold
      | delivery failed | failed delivery | delivery attempt | unable to deliver | could not be delivered | reschedule delivery
      | schedule your delivery | customs fee | customs duty | customs charges | shipping fee | delivery fee | redelivery
      | tracking number | awaiting delivery | pending delivery | address incomplete | incomplete address`,
    es: `se ha retrasado | su paquete | tu paquete | su envio | paquete retenido | entrega fallida | intento de entrega | no se pudo entregar
      | reprogramar la entrega | tasa de aduana | gastos de aduana | gastos de envio | numero de seguimiento | direccion incompleta`,
    pt: `sua encomenda | seu pacote | sua entrega | encomenda retida | entrega falhou | tentativa de entrega
      | nao foi possivel entregar | reagendar a entrega | taxa alfandegaria | taxa de importacao | tributos | despacho
      | codigo de rastreio | endereco incompleto | correios`,
    de: `ihr paket | ihre sendung | paket zuruckgehalten | zustellung fehlgeschlagen | zustellversuch | nicht zugestellt
      | zustellung verschieben | zollgebuhr | zollgebuhren | versandkosten | sendungsnummer | adresse unvollstandig`,
    fr: `votre colis | votre envoi | colis en attente | colis bloque | livraison echouee | tentative de livraison
      | n'a pas pu etre livre | reprogrammer la livraison | frais de douane | droits de douane | frais de livraison
      | numero de suivi | adresse incomplete`,
    nl: `uw pakket | je pakket | uw zending | pakket vastgehouden | bezorging mislukt | bezorgpoging | niet bezorgd
      | bezorging opnieuw plannen | douanekosten | invoerrechten | verzendkosten | trackingnummer | adres onvolledig`,
    it: `il tuo pacco | la tua spedizione | pacco in giacenza | consegna non riuscita | tentativo di consegna
      | impossibile consegnare | riprogramma la consegna | dazi doganali | spese doganali | spese di spedizione
      | numero di tracciamento | indirizzo incompleto`,
  },
  // Prizes, vouchers, surveys with a reward, "free" kits: claim it by entering your details.
  prize: {
    en: `you received an item | claim received item | congratulations | you have won | you won | you've won | winner | claim your prize | claim your reward | claim now
      | claim your gift | your reward | reward points | loyalty points | points expire | gift card | voucher | free gift
      | get your free | free kit | complimentary | selected to receive | you have been selected | exclusive offer
      | limited time | survey | participation required | take our survey | quick survey | lottery`,
    es: `felicidades | felicitaciones | usted ha ganado | has ganado | ganador | reclame su premio | reclamar su premio
      | su recompensa | tarjeta regalo | cupon | regalo gratis | ha sido seleccionado | encuesta | oferta exclusiva
      | puntos vencen | sus puntos`,
    pt: `parabens | voce ganhou | ganhador | resgate seu premio | resgatar | sua recompensa | cartao presente | cupom
      | brinde | presente gratis | foi selecionado | pesquisa | oferta exclusiva | pontos expiram | seus pontos | livelo`,
    de: `herzlichen gluckwunsch | sie haben gewonnen | gewinner | gewinn abholen | ihre belohnung | geschenkkarte
      | gutschein | gratis | kostenlos | ausgewahlt | umfrage | exklusives angebot | punkte verfallen`,
    fr: `felicitations | vous avez gagne | gagnant | reclamez votre prix | votre recompense | carte cadeau | bon d'achat
      | cadeau gratuit | gratuit | vous avez ete selectionne | sondage | enquete | offre exclusive | points expirent`,
    nl: `gefeliciteerd | u heeft gewonnen | je hebt gewonnen | winnaar | claim uw prijs | uw beloning | cadeaukaart
      | cadeaubon | waardebon | gratis | welkomstpakket | geselecteerd | enquete | exclusieve aanbieding | punten verlopen`,
    it: `congratulazioni | hai vinto | vincitore | riscatta il tuo premio | la tua ricompensa | carta regalo | buono
      | omaggio | gratis | sei stato selezionato | sondaggio | offerta esclusiva | punti in scadenza`,
  },
  // Casino bonuses and "payout confirmations" that lead to a deposit.
  casino: {
    en: `free spins | casino | bonus credited | welcome bonus | deposit bonus | bonus 100 | 100 bonus | payout | withdrawal approved | withdraw your winnings
      | jackpot | place your bet | wager*`,
    es: `giros gratis | tiradas gratis | casino | bono de bienvenida | retiro aprobado | premio acumulado | apuesta*`,
    pt: `giros gratis | rodadas gratis | cassino | bonus de boas vindas | saque aprovado | saque | aposta*`,
    de: `freispiele | casino | willkommensbonus | einzahlungsbonus | auszahlung | gewinne auszahlen | jackpot | wettbonus | sportwetten`,
    fr: `tours gratuits | casino | bonus de bienvenue | retrait approuve | vos gains | jackpot | paris sportifs`,
    nl: `gratis spins | casino | welkomstbonus | uitbetaling | opname goedgekeurd | jackpot | wedden`,
    it: `giri gratis | casino | bonus di benvenuto | prelievo approvato | vincite | jackpot | scommess*`,
  },
  // Wallet "verification", airdrops and seed-phrase theft.
  crypto: {
    en: `airdrop | seed phrase | recovery phrase | secret phrase | secret recovery | private key | verify your wallet
      | validate your wallet | synchronize your wallet | wallet verification | connect your wallet | claim your tokens
      | claim tokens | cryptocurrency | bitcoin | btc | ethereum | usdt | metamask | ledger live | trust wallet | coinbase | binance
      | hidden tokens | unclaimed tokens | wallet will be suspended | wallet will soon be suspended | wallet has not been verified
      | wallet has not yet been verified`,
    es: `frase semilla | frase de recuperacion | verifique su billetera | verificar su billetera | reclame sus tokens | cripto*`,
    pt: `frase semente | frase de recuperacao | verifique sua carteira | sincronize sua carteira | resgate seus tokens | cripto*`,
    de: `seed phrase | wiederherstellungsphrase | wallet verifizieren | wallet bestatigen | token beanspruchen | kryptowahrung*`,
    fr: `phrase secrete | phrase de recuperation | verifiez votre portefeuille | reclamez vos jetons | cryptomonnaie*`,
    nl: `herstelzin | seed zin | verifieer uw wallet | claim uw tokens | cryptomunt*`,
    it: `frase segreta | frase di recupero | verifica il tuo portafoglio | riscatta i tuoi token | cripto*`,
  },
  // Urgent favours from "the boss": gift cards, a quick transfer, are you at your desk.
  "money-request": {
    en: `gift cards | itunes cards | steam cards | are you available | are you at your desk | need a favor | need a favour
      | quick favor | urgent request | urgent task | discreet | wire the funds | send the codes
      | scratch the cards | kindly | beneficiary | inheritance | next of kin | compensation fund | atm card | fund transfer
      | million dollars | usd | consignment | diplomat | dear friend | dear beloved | my sincere regards
      | my late husband | terminally ill | orphanage | business proposal | business venture | mutual benefit
      | foreign partner | transfer of the fund | unclaimed fund* | dormant account | trusted person | honest person
      | loan deal | we fund projects | debt finance | commission to brokers | is your email still active
      | been trying to reach you | email me for details | if you have a moment | help me out with this`,
    es: `tarjetas de regalo | esta disponible | necesito un favor | tarea urgente | beneficiario | herencia
      | fondos | transferencia urgente | querido amigo | querido amado | mi difunto esposo | propuesta de negocio
      | fondos no reclamados | su correo sigue activo | su correo electronico sigue activo`,
    pt: `cartoes presente | esta disponivel | preciso de um favor | tarefa urgente | beneficiario | heranca
      | fundos | transferencia urgente | querido amigo | querido amado | cumprimentando com carinho
      | meu falecido marido | proposta de negocio | fundos nao reclamados | voce precisa de um emprestimo
      | concedemos emprestimos | oferta de emprestimo | seu e-mail ainda esta ativo | seu email ainda esta ativo`,
    de: `geschenkkarten | sind sie erreichbar | brauche einen gefallen | dringende aufgabe | vertraulich | begunstigter
      | erbschaft | dringende uberweisung`,
    fr: `cartes cadeaux | etes vous disponible | besoin d'un service | tache urgente | confidentiel | beneficiaire
      | virement urgent`,
    nl: `cadeaukaarten | bent u beschikbaar | heb een gunst nodig | dringende taak | vertrouwelijk | begunstigde
      | erfenis | dringende overboeking`,
    it: `carte regalo | sei disponibile | ho bisogno di un favore | compito urgente | riservato | beneficiario | eredita
      | bonifico urgente`,
  },
  // "I recorded you": pay in bitcoin or the video goes out.
  sextortion: {
    en: `recorded you | your webcam | adult website | adult site | intimate video | compromising video | i hacked
      | hacked your device | access to your device | your contacts will receive | bitcoin address | btc address
      | within 48 hours | malware on your`,
    es: `le grabe | tu camara web | sitio para adultos | video intimo | hackee tu | direccion de bitcoin | 48 horas`,
    pt: `gravei voce | sua webcam | site adulto | video intimo | hackeei seu | endereco de bitcoin | 48 horas`,
    de: `habe dich aufgenommen | deine webcam | erwachsenenseite | intimes video | gehackt | bitcoin adresse | 48 stunden`,
    fr: `je vous ai enregistre | votre webcam | site pour adultes | video intime | pirate votre | adresse bitcoin | 48 heures`,
    nl: `heb je opgenomen | je webcam | volwassenensite | intieme video | gehackt | bitcoin adres | 48 uur`,
    it: `ti ho registrato | la tua webcam | sito per adulti | video intimo | ho hackerato | indirizzo bitcoin | 48 ore`,
  },
  // Get-rich schemes: a celebrity's trading robot, crypto returns, "passive income".
  investment: {
    en: `passive income | guaranteed returns | guaranteed profit | daily profit | trading robot | trading platform
      | investment opportunity | invest now | start investing | double your money | financial freedom | make money online
      | earn from home | work from home | earn up to | per day from home | get rich | profit daily | withdraw your profit`,
    es: `ingresos pasivos | ganancias garantizadas | rentabilidad garantizada | robot de trading | oportunidad de inversion
      | invierta ahora | libertad financiera | gane dinero | ganar dinero desde casa | trabajar desde casa`,
    pt: `renda passiva | lucro garantido | retorno garantido | robo de trading | oportunidade de investimento
      | invista agora | liberdade financeira | ganhe dinheiro | ganhar dinheiro em casa | trabalhe de casa`,
    de: `passives einkommen | garantierte rendite | garantierter gewinn | trading roboter | investitionsmoglichkeit
      | jetzt investieren | finanzielle freiheit | geld verdienen | von zu hause arbeiten`,
    fr: `revenu passif | revenus passifs | rendement garanti | profit garanti | robot de trading | opportunite d'investissement
      | investissez maintenant | investissez dans | liberte financiere | gagner de l'argent | travail a domicile`,
    nl: `passief inkomen | gegarandeerd rendement | gegarandeerde winst | trading robot | investeringsmogelijkheid
      | investeer nu | financiele vrijheid | geld verdienen | thuis werken`,
    it: `reddito passivo | rendimento garantito | profitto garantito | robot di trading | opportunita di investimento
      | investi ora | liberta finanziaria | guadagnare soldi | lavoro da casa`,
  },
  // Dating and adult lures that lead to paid sites or blackmail.
  dating: {
    en: `singles near you | single women | lonely women | meet singles | hot singles | looking for a man | looking for love
      | find your match | perfect match | your matches | dating site | hookup | sex today | naughty | women near you | wants to meet you
      | ukrainian girl | ukrainian beauties | ukrainian brides | date hot`,
    es: `solteras cerca | mujeres solteras | conocer solteros | busco un hombre | encuentra pareja | citas`,
    pt: `solteiras perto | mulheres solteiras | conhecer solteiros | procuro um homem | encontre seu par | namoro`,
    de: `singles in deiner nahe | einsame frauen | singles kennenlernen | suche einen mann | partnersuche`,
    fr: `celibataires pres de chez vous | femmes celibataires | rencontres | cherche un homme | trouvez l'amour
      | beautes ukrainiennes | celibataires ukrainiens`,
    nl: `singles bij jou in de buurt | eenzame vrouwen | zoekt een man | zoek een man | vrouw zoekt | ondeugende man
      | oekraiense meisje | oekraiense schoonheden | oekraiense dames | droomvrouw | alleenstaande vrouwen`,
    it: `single vicino a te | donne single | cerca un uomo | trova l'amore | incontri`,
  },
  // Offers that need your details: quotes, loans, insurance, miracle products, "a free kit".
  offer: {
    en: `personal loans | loan offer | loan approved | pre approved | preapproved | mortgage rates | lower your rate
      | insurance quote | insurance quotes | compare quotes | save on insurance | credit score | debt relief | free quote
      | weight loss | lose weight | miracle | doctors hate | one simple trick | this simple trick | limited stock
      | while supplies last | act now | only today | last chance | don't miss out | exclusive deal | special offer
      | home insurance | overpaying | home warranty | home title | title fraud | take the quiz | glp 1 | life insurance | solar panels
      | energy bills | cut your bill | gas bills | free roof | you qualify | see if you qualify | check eligibility`,
    es: `prestamo personal | prestamo aprobado | seguro de hogar | compare seguros | perder peso | ultima oportunidad | oferta especial
      | solo hoy`,
    pt: `emprestimo pessoal | emprestimo aprovado | plano de saude | simule agora | perder peso | ultima chance | oferta especial
      | so hoje | proposta exclusiva`,
    de: `privatkredit | kredit genehmigt | versicherung vergleichen | abnehmen | traumgewicht | letzte chance | sonderangebot | nur heute`,
    fr: `pret personnel | pret approuve | devis assurance | comparer les assurances | perdre du poids | derniere chance
      | offre speciale | seulement aujourd'hui | votre financement | vos droits`,
    nl: `persoonlijke lening | lening goedgekeurd | verzekering vergelijken | afvallen | laatste kans | speciale aanbieding
      | alleen vandaag | energietarieven`,
    it: `prestito personale | prestito approvato | preventivo assicurazione | perdere peso | ultima possibilita
      | offerta speciale | solo oggi`,
  },
};
