package it.storia.extractor.event;

import it.storia.extractor.model.Event;

final class SmokeMain {
  public static void main(String[] args) {
    PatternEventExtractor x = PatternEventExtractor.fromClasspath();
    String[][] cases = {
      {"Di conseguenza, L.D. Trotsky fu accusato di aver tentato di diventare un dittatore e nel gennaio 1925 fu rimosso dagli incarichi di commissario del popolo.", "PER:L.D. Trotsky=Trotsky", "DATE:gennaio 1925=1925-01"},
      {"LD Trotsky fu esiliato ad Alma-Ata nel 1928 e nel 1929 fu deportato dall'URSS. Nel 1940 fu ucciso in Messico da un agente dei servizi speciali sovietici.", "PER:LD Trotsky=Trotsky", "LOC:Alma-Ata", "LOC:URSS", "LOC:Messico", "DATE:1928=1928", "DATE:1929=1929", "DATE:1940=1940"},
      {"Nel 1926 L.D. Trotsky, G.E. Zinoviev e L.B. Kamenev si è radunato per combattere I.V. Stalin.", "PER:L.D. Trotsky=Trotsky", "PER:G.E. Zinoviev=Zinoviev", "PER:L.B. Kamenev=Kamenev", "PER:I.V. Stalin=Stalin", "DATE:1926=1926"},
      {"La troika: G. E. Zinoviev - L. B. Kamenev - I. V. Stalin. Su loro insistenza, quest'ultimo fu lasciato alla carica di segretario generale del partito.", "PER:G. E. Zinoviev=Zinoviev", "PER:L. B. Kamenev=Kamenev", "PER:I. V. Stalin=Stalin"},
      {"Lenin propose di spostarlo da questo incarico. Trotsky non fu espulso. Zinoviev e Kamenev si unirono contro Stalin. L'espulsione di Trotsky fu decisa. Da qui la scissione della troika.", "PER:Lenin", "PER:Trotsky", "PER:Zinoviev", "PER:Kamenev", "PER:Stalin"},
      {"TR., KAM., ZIN., ritirato dal Politburo. Tre di loro furono espulsi dal partito, ma furono reintegrati.", "PER:TR.=Trotsky", "PER:KAM.=Kamenev", "PER:ZIN.=Zinoviev", "ORG:Politburo"},
      {"Il XV Congresso del PCUS (b) tenutosi a dicembre ha deciso di espellere tutti gli oppositori dal partito.", "ORG:XV Congresso del PCUS (b)"},
    };
    for (String[] c : cases) {
      Texts.Doc d = Texts.doc(c[0], java.util.Arrays.copyOfRange(c, 1, c.length));
      System.out.println("== " + c[0]);
      for (Event e : x.extract(d.analyzed(), d.entities())) {
        System.out.println("  " + e.type() + " [" + e.trigger().text() + "] " + (e.modality() == null ? "" : "(" + e.modality() + ") ")
            + (e.date() == null ? "" : "date=" + e.date().value() + (e.date().inferred() ? "?" : "") + " "));
        e.arguments().forEach(a -> System.out.println("      " + a.role() + ": " + a.text() + " " + a.type() + " " + a.canonical()));
      }
    }
  }
}
