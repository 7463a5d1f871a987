"""Builds the sample part of the event dev set: the whole sample text with hand-checked gold lines after its
paragraphs. Gold is written here (by paragraph index) so the text stays byte-identical to samples/texts."""
import sys
src, out = sys.argv[1], sys.argv[2]
text = open(src, encoding='utf-8').read()
paras = text.split('\n\n')
ENT = """
@PER Lenin | V.I. Lenin | V. I. Lenin | IN E. Lenin | V.I.
@PER Stalin | I.V. Stalin | IV. Stalin | I. V. Stalin
@PER Trotsky | L.D. Trotsky | L. D. Trotsky | LD Trotsky | TR. | TR
@PER Zinoviev | G.E. Zinoviev | G. E. Zinoviev | ZIN. | ZIN | Zin.
@PER Kamenev | L.B. Kamenev | L. B. Kamenev | LB Kamenev | KAM. | KAM | Kam.
@PER Bukharin | NI Bukharin | N.I. Bucharin | N. I. Bukharin | Bucharin
@PER Rykov | AI Rykov | A. I. Rykov
@PER Tomsky | M.P. Tomsky | M. P. Tomsky
@PER Piatakov | G.L. Piatakov | Pyatakov
@PER Kirov | SM
@PER Krupskaya | NK Krupskaya
@PER Kuibyshev
@PER Molotov
@PER Preobrazhensky
@PER Stakhanov | A. Stakhanov
@ORG Partito Bolscevico | partito bolscevico
@ORG Comitato centrale del PCR (b) | Comitato Centrale | Comitato centrale
@ORG XIII Congresso dell'RCP (b)
@ORG XIV Congresso del PCUS (b) | XV Congresso del PCUS (b) | XIV Congresso del Partito | 14° Congresso del Partito | 10° Congresso del Partito
@ORG Politburo
@ORG nuova opposizione | opposizione unita | Opposizione di sinistra unita
@ORG Consiglio militare rivoluzionario | Consiglio Militare Rivoluzionario della Repubblica
@ORG Consiglio dei commissari del popolo
@ORG Comintern | OGPU | GOELRO
@ORG Partito Comunista | Partito Comunista dei Bolscevichi dell'Unione Europea
@LOC URSS | Alma-Ata | Messico | Siberia | Europa | Russia | Leningrado
@DATE fine del 1922=1922 | maggio 1924=1924-05 | 1923-1924=1923 | gennaio 1925=1925-01 | autunno del 1925=1925-FA
@DATE dicembre 1925=1925-12 | fine del 1927=1927 | 1928-1930=1928 | primavera del 1926=1926-SP
@DATE 7 novembre 1927=1927-11-07 | dicembre=1927-12 | 21 gennaio 1924=1924-01-21 | ottobre 1923=1923-10
@DATE fine del 1923=1923 | autunno del 1924=1924-FA | ottobre 1917=1917-10 | estate-autunno del 1926=1926
@DATE inverno 1927-28=1927-WI | aprile 1929=1929-04 | 21 febbraio 1920=1920-02-21 | 7 novembre 1929=1929-11-07
@DATE dicembre 1930=1930-12 | 1932-1933=1932 | fine degli anni '20=192
@DATE 1917=1917 | 1920=1920 | 1922=1922 | 1923=1923 | 1924=1924 | 1925=1925 | 1926=1926 | 1927=1927 | 1928=1928
@DATE 1929=1929 | 1930=1930 | 1932=1932 | 1933=1933 | 1937=1937 | 1938=1938 | 1940=1940
"""
L = 'Lenin'; S = 'Stalin'; T = 'Trotsky'; Z = 'Zinoviev'; K = 'Kamenev'
TZK = 'Trotsky,Zinoviev,Kamenev'; KZ = 'Kamenev,Zinoviev'; BRT = 'Bukharin,Rykov,Tomsky'
G = {
 1: ["DEATH morte | patient=Lenin | date=-"],
 2: ["REMOVAL ritirò | patient=Lenin | date=1922", "DISSOLUTION scissione | date=- | mod=possible"],
 3: ["DISSOLUTION scissione | date=- | mod=possible",
     "REMOVAL rimuoverlo | agent=Lenin | patient=Stalin | date=- | mod=proposed"],
 4: ["DEATH morte | patient=Lenin | date=-", "APPOINTMENT mantenere | patient=Stalin | date=1924-05"],
 6: ["ALLIANCE formato | agent=Stalin,Zinoviev,Kamenev | date=1923",
     "OPPOSITION oppose | agent=Stalin | patient=Trotsky | date=1923"],
 7: ["ACCUSATION accusato | patient=Trotsky | date=-", "REMOVAL rimosso | patient=Trotsky | date=1925-01"],
 8: ["DISSOLUTION sciolse | patient=Stalin,Zinoviev,Kamenev | date=1925-FA",
     "FOUNDING creazione | agent=Zinoviev,Kamenev | date=1925-FA", "DEFEAT sconfitta | date=1925-12"],
 9: ["ALLIANCE radunato | agent=%s | date=1926" % TZK,
     "OPPOSITION combattere | agent=%s | patient=Stalin | date=1926" % TZK,
     "DEFEAT sconfitta | date=1927", "EXPULSION espulsi | patient=%s | date=1927" % TZK,
     "EXILE esiliato | patient=Trotsky | date=1928", "EXILE deportato | patient=Trotsky | date=1929",
     "DEATH ucciso | patient=Trotsky | date=1940"],
 10: ["OPPOSITION lotta | agent=Stalin | date=1928", "ACCUSATION accusati | patient=%s | date=1928" % BRT,
      "REMOVAL rimossi | patient=%s | date=1928" % BRT],
 11: ["FOUNDING istituito | date=1928"],
 12: ["DEATH morte | patient=Lenin | date=-"],
 13: ["DEATH morte | patient=Lenin | date=-",
      "REMOVAL spostarlo | agent=Lenin | patient=Stalin | date=- | mod=proposed"],
 14: ["ALLIANCE unirono | patient=Trotsky | date=-", "APPOINTMENT lasciato | patient=Stalin | date=-",
      "REMOVAL perse | patient=Trotsky | date=1925-01", "REMOVAL rimosso | patient=Trotsky | date=1925-01",
      "DISSOLUTION divisione | date=1924", "ALLIANCE uniti | agent=%s | date=1925" % KZ,
      "OPPOSITION combattuto | agent=%s | date=1925" % KZ, "DEFEAT sconfitta | date=1925",
      "REMOVAL perso | patient=%s | date=1925" % KZ],
 15: ["FOUNDING creato | agent=%s | date=1926-SP" % TZK],
 16: ["EXPULSION esclusioni | date=1926-SP", "ARREST arresti | date=1926-SP", "EXPULSION espulsioni | date=1926-SP"],
 17: ["EXPULSION espulsi | date=1927-11-07", "EXPULSION espellere | date=1927-12"],
 18: ["DEATH morte | patient=Lenin | date=-", "DEATH morte#2 | patient=Lenin | date=-"],
 20: ["DEATH morì | patient=Lenin | date=1924-01-21"],
 21: ["ALLIANCE formò | agent=Stalin,Kamenev,Zinoviev | date=-"],
 23: ["ACCUSATION accusò | agent=Trotsky | date=1923-10"],
 26: ["OPPOSITION lotta | date=1924-FA", "ACCUSATION accusato | patient=Trotsky | date=1924-FA"],
 28: ["DEFEAT schiacciato | date=-", "REMOVAL rimossi | date=-"],
 31: ["DISSOLUTION sciolto | date=-"],
 35: ["DISSOLUTION scissione | date=-", "OPPOSITION campagna | agent=%s | date=-" % KZ,
      "DEFEAT sconfitta | date=1925", "REMOVAL epurata | date=1925",
      "APPOINTMENT nominato | patient=Kirov | date=1925"],
 36: ["ALLIANCE riavvicinamento | agent=Trotsky,Kamenev,Zinoviev | date=1926-SP"],
 37: ["OPPOSITION lotta | date=-", "REMOVAL ritirato | patient=Trotsky,Kamenev,Zinoviev | date=1926",
      "REMOVAL rimosso | patient=Zinoviev | date=1926"],
 38: ["EXPULSION espulsi | patient=Trotsky,Kamenev,Zinoviev | date=1927-11-07",
      "REINSTATEMENT reintegrati | patient=%s | date=1927-11-07" % KZ,
      "EXILE espulso | patient=Trotsky | date=1929"],
 40: ["OPPOSITION opposta | agent=%s | date=1927-WI" % BRT],
 41: ["EXPULSION espulso | date=1929-04"],
 48: ["DEATH morte | patient=Lenin | date=1924"],
 49: ["DEATH morte | patient=Lenin | date=-",
      "REMOVAL rimozione | agent=Lenin | patient=Stalin | date=- | mod=proposed"],
 51: ["APPOINTMENT eletto | patient=Rykov | date=-"],
 53: ["DEATH fucilati | patient=%s | date=-" % KZ],
 56: ["ALLIANCE schierò | agent=Stalin | date=192"],
 58: ["FOUNDING create | date=1928"],
 62: ["FOUNDING creato | date=1920-02-21"],
 68: ["EXILE deportata | date=1930-12"],
 73: ["DEATH morte | patient=Lenin | date=-",
      "REMOVAL spostarlo | agent=Lenin | patient=Stalin | date=- | mod=proposed"],
 74: ["ALLIANCE unirono | patient=Trotsky | date=-", "APPOINTMENT lasciato | patient=Stalin | date=-",
      "REMOVAL perse | patient=Trotsky | date=1925-01", "REMOVAL rimosso | patient=Trotsky | date=1925-01",
      "DISSOLUTION spaccatura | date=1924", "ALLIANCE unirono#2 | agent=%s | date=1925" % KZ,
      "OPPOSITION battaglia | agent=%s | date=1925" % KZ, "DEFEAT sconfitta | date=1925",
      "REMOVAL perso | patient=%s | date=1925" % KZ],
 75: ["FOUNDING crearono | agent=%s | date=1926-SP" % TZK],
 76: ["EXPULSION esclusioni | date=1926-SP", "ARREST arresti | date=1926-SP", "EXPULSION espulsioni | date=1926-SP"],
 77: ["EXPULSION espulsi | date=1927-11-07", "EXPULSION espellere | date=1927-12"],
}
with open(out, 'w', encoding='utf-8') as f:
    f.write('# Event dev set, part 1: the whole sample text (samples/texts/lotta-per-il-potere.txt, unchanged; its\n'
            '# paragraphs 73-77 repeat 13-17 in other words). Gold: hand-checked, see docs/events.md for the conventions.\n'
            '# Generated by dev/make_lotta_devset.py.\n')
    for line in ENT.strip().split('\n'):
        f.write(line + '\n')
    for i, p in enumerate(paras):
        if i > 0:
            f.write('\n')
        f.write(p + '\n' if not p.endswith('\n') else p)
        for g in G.get(i, []):
            f.write('> ' + g + '\n')
print(sum(len(v) for v in G.values()), 'gold events')
