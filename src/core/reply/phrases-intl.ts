/**
 * Rejections and acknowledgements in German, French, Spanish, Portuguese, Dutch, Italian and Polish,
 * plus interview invitations where a language has one clear word for them. Same rules as the English
 * families (phrases.ts): strong decides alone, weak needs a second weak family.
 */
import { fam, type PhraseFamily } from './phrases';


export const OTHER_LANGUAGES: PhraseFamily[] = [
  // German.
  fam('rejection', true, 'de-other-candidate', /\b(?:für|fuer) (?:eine[nmr]?|die|den) (?:andere[nmr]?|anderweitige[nmr]?) (?:Kandidat|Bewerber|Besetzung|Person)/i),
  fam('rejection', true, 'de-not-considered', /\bnicht (?:weiter |mehr )?(?:berücksichtig|in die engere Auswahl|weiterverfolg|verfolg|fortsetz|einlad)|\bkeine (?:positive|erfreuliche) (?:Rückmeldung|Nachricht)|\bkeine Zusage\b|\b(?:eine )?Absage\b|\bgegen (?:Ihre|deine|Deine) (?:Bewerbung|Kandidatur) entschieden/i),
  fam('rejection', true, 'de-position-filled', /\b(?:Stelle|Position|Vakanz)\b[^.]{0,30}?\b(?:bereits )?(?:besetzt|vergeben)\b/i),
  fam('rejection', false, 'de-unfortunately', /\b(?:leider|bedauerlicherweise|bedauern)\b/i),
  fam('rejection', false, 'de-wish-luck', /\b(?:viel Erfolg|alles Gute)\b[^.]{0,50}\b(?:Suche|Zukunft|beruflich|Weg)/i),
  fam('acknowledgement', true, 'de-received', /\b(?:Bewerbung|Unterlagen)\b[^.]{0,40}?\b(?:erhalten|eingegangen|bekommen)\b|\bEingang (?:Ihrer|deiner|Deiner) Bewerbung|\bEingangsbestätigung\b/i, true),
  fam('acknowledgement', true, 'de-thanks', /\b(?:vielen |herzlichen )?Dank (?:für|fuer) (?:Ihre|deine|Deine) Bewerbung\b|\bdanke,? dass (?:Sie sich|du dich) beworben/i, true),
  fam('interview', true, 'de-interview', /\b(?:Einladung|einladen|Termin)\b[^.]{0,60}?\b(?:Vorstellungsgespräch|Kennenlerngespräch|Gespräch|Interview)|\b(?:Vorstellungsgespräch|Kennenlerngespräch|Interview)\b[^.]{0,60}?\b(?:einladen|Einladung|Termin)/i),

  // French.
  fam('rejection', true, 'fr-no-follow-up', /\bne (?:pas |pouvons pas |pourrons pas |sommes pas en mesure de |pouvons malheureusement pas )?donner (?:une )?suite (?:favorable )?à votre candidature|\bpas (?:pu )?donner suite|\bne pas (?:retenir|poursuivre)/i),
  fam('rejection', true, 'fr-not-retained', /\b(?:n'a|n'avez|n'êtes|ne sera) pas (?:été )?(?:retenue?s?|sélectionnée?s?)|\bpas été (?:retenue?|sélectionnée?)|\bne correspond (?:pas|plus)\b|\b(?:retenu|choisi|privilégié) (?:un|une|d'autres?) (?:autre )?(?:candidat|profil)|\bposte (?:a été |est )?(?:déjà )?pourvu/i),
  fam('rejection', false, 'fr-unfortunately', /\b(?:malheureusement|nous regrettons|avons le regret|au regret|désolée?s?)/i),
  fam('rejection', false, 'fr-wish-luck', /\b(?:souhaitons|souhaite)\b[^.]{0,40}\b(?:succès|réussite|bonne chance|bonne continuation)/i),
  fam('acknowledgement', true, 'fr-received', /\b(?:bien )?reçu votre candidature|\bvotre candidature (?:a bien été|a été|est bien) (?:reçue|envoyée|transmise|enregistrée)|\baccusé de réception\b/i, true),
  fam('acknowledgement', true, 'fr-thanks', /\bmerci (?:pour|de) votre candidature\b|\bmerci d'avoir postulé/i, true),
  fam('interview', true, 'fr-interview', /\b(?:inviter|invitons|convier|convions|proposer|planifier|organiser)\b[^.]{0,40}?\bentretien/i),

  // Spanish.
  fam('rejection', true, 'es-not-selected', /\bno (?:has|ha|hemos|fue|fuiste|haya) (?:sido )?seleccionad|\bno (?:podemos |vamos a |seguiremos |continuaremos |avanzaremos |podremos )?(?:continuar|avanzar|seguir)\b[^.]{0,25}?\b(?:tu|su) (?:candidatura|solicitud|postulación|proceso)|\b(?:continuar|seguir|avanzar) con otr[oa]s? candidat|\bpuesto (?:ya )?(?:ha sido |fue )?cubierto/i),
  fam('rejection', false, 'es-unfortunately', /\b(?:lamentablemente|lamentamos|desafortunadamente|sentimos)\b/i),
  fam('rejection', false, 'es-wish-luck', /\bdeseamos\b[^.]{0,40}\b(?:éxito|suerte|lo mejor)/i),
  fam('acknowledgement', true, 'es-received', /\bhemos recibido (?:tu|su) (?:solicitud|candidatura|postulación|aplicación|CV)|\b(?:tu|su) (?:solicitud|candidatura|postulación) (?:ha sido|fue) (?:recibida|enviada|registrada)/i, true),
  fam('acknowledgement', true, 'es-thanks', /\bgracias por (?:tu|su) (?:solicitud|candidatura|postulación)|\bgracias por (?:postularte|postular|aplicar|presentar tu candidatura)/i, true),
  fam('interview', true, 'es-pt-interview', /\b(?:invitar|invitarte|invitarle|convidar|convidá-lo|agendar|programar|marcar)\b[^.]{0,40}?\bentrevista/i),

  // Portuguese.
  fam('rejection', true, 'pt-not-selected', /\bnão (?:foi|foram|fostes?|ter sido|tenha sido) selecionad|\bnão (?:iremos|vamos|vai|podemos|poderemos) (?:prosseguir|avançar|seguir|continuar)|\b(?:prosseguir|seguir|avançar|continuar) com outr[oa]s? candidat|\bvaga (?:já )?(?:foi )?preenchida/i),
  fam('rejection', false, 'pt-unfortunately', /\b(?:infelizmente|lamentamos|lamentavelmente)\b/i),
  fam('rejection', false, 'pt-wish-luck', /\bdesejamos\b[^.]{0,40}\b(?:sucesso|sorte)/i),
  fam('acknowledgement', true, 'pt-received', /\brecebemos (?:a sua|sua|a tua|tua|seu|o seu) (?:candidatura|inscrição|currículo|aplicação)|\b(?:sua|tua) candidatura (?:foi|já foi) (?:recebida|enviada|registrada|registada)/i, true),
  fam('acknowledgement', true, 'pt-thanks', /\bobrigad[oa] (?:por|pela) (?:se candidatar|sua candidatura|tua candidatura|candidatar|seu interesse)/i, true),

  // Dutch.
  fam('rejection', true, 'nl-not-further', /\bniet (?:verder|door)(?: ?(?:gaan|te gaan|gegaan))\b|\b(?:besloten|gekozen) (?:om )?(?:niet|voor een andere kandidaat)|\bandere kandida(?:at|ten)\b[^.]{0,40}\b(?:gekozen|besloten|verder)|\bniet (?:geselecteerd|uitgenodigd|door naar)|\bafwijzing\b|\bafgewezen\b|\bvacature (?:is )?(?:inmiddels )?(?:al )?vervuld/i),
  fam('rejection', false, 'nl-unfortunately', /\b(?:helaas|spijt)\b/i),
  fam('rejection', false, 'nl-wish-luck', /\bveel succes\b[^.]{0,40}\b(?:zoektocht|toekomst|verdere)/i),
  fam('acknowledgement', true, 'nl-received', /\bsollicitatie\b[^.]{0,30}?\b(?:ontvangen|binnengekomen)\b/i, true),
  fam('acknowledgement', true, 'nl-thanks', /\b(?:bedankt|dank) voor (?:je|uw|jouw) sollicitatie/i, true),
  fam('interview', true, 'nl-interview', /\b(?:uitnodig\w*|inplannen|plannen)\b[^.]{0,40}?\b(?:sollicitatiegesprek|gesprek|kennismakingsgesprek)/i),

  // Italian.
  fam('rejection', true, 'it-not-selected', /\bnon (?:è stat[oa]|sei stat[oa]|siete stati|è risultat[oa]) selezionat|\bnon (?:possiamo|potremo|proseguiremo|procederemo|intendiamo) (?:procedere|proseguire|dare seguito)|\b(?:altri candidati|altro candidato|altra candidatura|profilo più in linea)\b|\bposizione (?:è )?(?:già )?stata (?:coperta|chiusa)/i),
  fam('rejection', false, 'it-unfortunately', /\b(?:purtroppo|rammarico|ci dispiace|siamo spiacenti)\b/i),
  fam('rejection', false, 'it-wish-luck', /\b(?:auguriamo|augurarti|augurarle)\b[^.]{0,40}\b(?:successo|fortuna|meglio)|\bin bocca al lupo\b/i),
  fam('acknowledgement', true, 'it-received', /\babbiamo ricevuto (?:la )?(?:tua|sua|vostra) candidatura|\bcandidatura (?:è stata )?(?:correttamente )?ricevuta/i, true),
  fam('acknowledgement', true, 'it-thanks', /\bgrazie per (?:la tua|la sua|aver inviato la) candidatura|\bgrazie per (?:esserti|esservi|essersi) candidat/i, true),
  fam('interview', true, 'it-interview', /\b(?:invitar\w*|invito|fissare|programmare)\b[^.]{0,40}?\bcolloquio/i),

  // Polish.
  fam('rejection', true, 'pl-not-selected', /\bnie (?:został[aoe]?ś?|zostali|zostało|zakwalifikował|przeszedł|przeszła|przeszli)|\binn(?:ego|ej|ych|ą) kandydat|\bnie (?:będziemy|możemy) kontynuować|\bnie (?:możemy|jesteśmy w stanie) zaproponować|\bdecyzj\w* o (?:niekontynuowaniu|odrzuceniu)/i),
  fam('rejection', false, 'pl-unfortunately', /(?:^|\s)(?:niestety|żałujemy|z przykrością)(?=[\s,.!]|$)/i),
  fam('rejection', false, 'pl-wish-luck', /(?:^|\s)życzymy\s[^.]{0,40}\b(?:powodzenia|sukcesów)/i),
  fam('acknowledgement', true, 'pl-received', /\botrzymaliśmy\s+(?:Twoją\s+|twoją\s+|Pana\s+|Pani\s+|Państwa\s+)?(?:aplikację|zgłoszenie|kandydaturę|CV)/i, true),
  fam('acknowledgement', true, 'pl-thanks', /\bdziękujemy za (?:przesłanie|złożenie|twoją|Twoją|Pana|Pani)?\s*(?:aplikacj|zgłoszeni|kandydatur|CV)|\bdziękujemy za aplikowanie/i, true),
  fam('interview', true, 'pl-interview', /\b(?:zaprosić|zapraszamy|zaproszenie|umówić)[^.]{0,40}?\brozmow/i),
];
