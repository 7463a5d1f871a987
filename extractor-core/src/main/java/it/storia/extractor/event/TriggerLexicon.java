package it.storia.extractor.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The trigger lexicon: every inflected form of every trigger lemma, generated once from {@code triggers.tsv} and
 * the inflection templates of {@code conjugations.tsv}, mapped to its readings (type, lemma, form kind).
 *
 * <p>Immutable; thread-safe.
 */
final class TriggerLexicon {
  /** The form kinds a pattern can test with {@code @T[form=...]}. */
  static final Set<String> FORMS = Set.of("inf", "infcl", "pp", "fin", "ger", "noun");
  /** The form kind of a verb read through its tagger lemma: participle and infinitive endings. */
  private static final Pattern PARTICIPLE = Pattern.compile(".*(at|ut|it|s|ss|t)[oaie]");
  private static final Pattern INFINITIVE = Pattern.compile(".*(are|ere|ire)");
  /**
   * The conditional endings added to the stem of an irregular future a trigger lists as {@code word=fin:...rà}
   * (morirà → morirebbe, morirebbero): the conditional shares the future's stem.
   */
  private static final List<String> CONDITIONAL_FROM_FUTURE = List.of("ei", "esti", "ebbe", "emmo", "este", "ebbero");

  /**
   * One lemma of triggers.tsv with its options; {@code except} are the forms it must not read, neither as
   * generated forms nor through a tagger lemma; {@code personRoles} are the roles only persons fill (from the
   * type's {@code persons=} column of types.tsv, or the lemma's own {@code persons=} option).
   */
  record Entry(String type, String lemma, String subjectRole, String reflexiveRole, String ofRole,
      List<String> needs, Set<String> except, Set<String> personRoles) {}

  /** One way to read a word form. */
  record Reading(Entry entry, String form) {}

  /** The roles a {@code persons=} option may name. */
  static final Set<String> PERSON_ROLES = Set.of("agent", "patient");

  private final Map<String, List<Reading>> byForm;
  private final Map<String, List<Entry>> byLemma;
  private final Set<String> types;
  private final Map<String, Set<String>> typePersonRoles;

  private TriggerLexicon(Map<String, List<Reading>> byForm, Map<String, List<Entry>> byLemma, Set<String> types,
      Map<String, Set<String>> typePersonRoles) {
    this.byForm = byForm;
    this.byLemma = byLemma;
    this.types = Set.copyOf(types);
    this.typePersonRoles = Map.copyOf(typePersonRoles);
  }

  static TriggerLexicon parse(List<DataFiles.Line> typeLines, List<DataFiles.Line> conjugationLines,
      List<DataFiles.Line> triggerLines) {
    Set<String> types = new HashSet<>();
    Map<String, Set<String>> typePersonRoles = new HashMap<>();
    for (DataFiles.Line l : typeLines) {
      String[] f = l.text().split("\t");
      String name = f[0].strip();
      if (!name.matches("[A-Z][A-Z_]*")) {
        throw l.error("event type '" + name + "' must be upper case");
      }
      if (!types.add(name)) {
        throw l.error("event type '" + name + "' is listed twice");
      }
      if (f.length > 3) {
        throw l.error("expected TYPE<TAB>description[<TAB>persons=ROLE,...]");
      }
      if (f.length == 3) {
        String o = f[2].strip();
        if (!o.startsWith("persons=")) {
          throw l.error("bad type option '" + o + "', expected persons=ROLE,...");
        }
        typePersonRoles.put(name, personRoles(l, o.substring("persons=".length())));
      }
    }
    Map<String, Map<String, List<String>>> templates = new HashMap<>();
    for (DataFiles.Line l : conjugationLines) {
      String[] f = l.text().split("\t");
      if (f.length != 3) {
        throw l.error("expected CLASS<TAB>FORM<TAB>endings");
      }
      String form = f[1].strip();
      if (!FORMS.contains(form)) {
        throw l.error("unknown form '" + form + "', expected one of " + FORMS);
      }
      List<String> endings = templates.computeIfAbsent(f[0].strip(), k -> new LinkedHashMap<>())
          .computeIfAbsent(form, k -> new ArrayList<>());
      for (String e : f[2].split(",", -1)) {
        if (e.isBlank()) {
          throw l.error("empty ending in '" + f[2] + "'");
        }
        endings.add(e.strip());
      }
    }
    Map<String, List<Reading>> byForm = new HashMap<>();
    Map<String, List<Entry>> byLemma = new HashMap<>();
    Set<String> optionKeys = Set.of("subj", "refl", "of", "needs", "except", "persons");
    for (DataFiles.Line l : triggerLines) {
      String[] f = l.text().split("\t");
      if (f.length < 3 || f.length > 4) {
        throw l.error("expected TYPE<TAB>LEMMA<TAB>FORMS[<TAB>OPTIONS]");
      }
      String type = f[0].strip();
      if (!types.contains(type)) {
        throw l.error("event type '" + type + "' is not in types.tsv");
      }
      Map<String, String> options = new HashMap<>();
      if (f.length == 4) {
        for (String o : f[3].strip().split("\\s+")) {
          int eq = o.indexOf('=');
          if (eq < 0 || !optionKeys.contains(o.substring(0, eq))) {
            throw l.error("bad option '" + o + "', expected one of " + new java.util.TreeSet<>(optionKeys)
                + " as KEY=VALUE");
          }
          if (eq == o.length() - 1) {
            throw l.error("option '" + o + "' has no value");
          }
          if (options.put(o.substring(0, eq), o.substring(eq + 1)) != null) {
            throw l.error("option '" + o.substring(0, eq) + "' given twice");
          }
        }
      }
      String subj = role(l, options.getOrDefault("subj", "agent"));
      Set<String> except = options.containsKey("except") ? Set.of(options.get("except").split(",")) : Set.of();
      Entry entry = new Entry(type, f[1].strip(), subj, role(l, options.getOrDefault("refl", subj)),
          role(l, options.getOrDefault("of", "patient")),
          options.containsKey("needs") ? List.of(options.get("needs").split("\\|")) : List.of(), except,
          options.containsKey("persons") ? personRoles(l, options.get("persons"))
              : typePersonRoles.getOrDefault(type, Set.of()));
      byLemma.computeIfAbsent(entry.lemma(), k -> new ArrayList<>()).add(entry);
      for (String spec : f[2].strip().split("\\s+")) {
        int eq = spec.indexOf('=');
        if (eq <= 0) {
          throw l.error("bad form spec '" + spec + "', expected CLASS=STEM or word=FORM:word");
        }
        String cls = spec.substring(0, eq);
        String stem = spec.substring(eq + 1).toLowerCase(Locale.ROOT);
        if (cls.equals("word")) {
          int colon = stem.indexOf(':');
          if (colon < 0 || !FORMS.contains(stem.substring(0, colon))) {
            throw l.error("bad word spec '" + spec + "', expected word=FORM:word with FORM in " + FORMS);
          }
          String word = stem.substring(colon + 1);
          add(byForm, word, new Reading(entry, stem.substring(0, colon)));
          if (stem.startsWith("fin:") && word.endsWith("rà")) {
            for (String ending : CONDITIONAL_FROM_FUTURE) {
              add(byForm, word.substring(0, word.length() - 1) + ending, new Reading(entry, "fin"));
            }
          }
          continue;
        }
        Map<String, List<String>> t = templates.get(cls);
        if (t == null) {
          throw l.error("unknown inflection class '" + cls + "', expected one of " + templates.keySet());
        }
        for (Map.Entry<String, List<String>> e : t.entrySet()) {
          for (String ending : e.getValue()) {
            String word = spelled(cls, stem, ending);
            if (!except.contains(word)) {
              add(byForm, word, new Reading(entry, e.getKey()));
            }
          }
        }
      }
    }
    Map<String, List<Reading>> frozen = new HashMap<>();
    byForm.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    Map<String, List<Entry>> frozenLemmas = new HashMap<>();
    byLemma.forEach((k, v) -> frozenLemmas.put(k, List.copyOf(v)));
    return new TriggerLexicon(Map.copyOf(frozen), Map.copyOf(frozenLemmas), types, typePersonRoles);
  }

  /** The roles of a {@code persons=} value: comma-separated agent/patient, or {@code none}. */
  private static Set<String> personRoles(DataFiles.Line l, String value) {
    if (value.equals("none")) {
      return Set.of();
    }
    Set<String> out = new HashSet<>();
    for (String r : value.split(",")) {
      if (!PERSON_ROLES.contains(r)) {
        throw l.error("bad person role '" + r + "' in persons=" + value + ", expected agent, patient or none");
      }
      out.add(r);
    }
    return Set.copyOf(out);
  }

  /**
   * Stem + ending, keeping the hard sound of a first-conjugation stem in -c/-g before e and i (impicc + erà →
   * impiccherà, releg + erà → relegherà), as Italian spelling does.
   */
  static String spelled(String cls, String stem, String ending) {
    boolean hard = cls.equals("are") && (stem.endsWith("c") || stem.endsWith("g"))
        && (ending.startsWith("e") || ending.startsWith("i"));
    return hard ? stem + "h" + ending : stem + ending;
  }

  private static String role(DataFiles.Line l, String role) {
    if (!it.storia.extractor.model.EventArgument.ROLES.contains(role)) {
      throw l.error("unknown role '" + role + "', expected one of "
          + it.storia.extractor.model.EventArgument.ROLES);
    }
    return role;
  }

  private static void add(Map<String, List<Reading>> byForm, String word, Reading r) {
    List<Reading> list = byForm.computeIfAbsent(word, k -> new ArrayList<>());
    if (!list.contains(r)) {
      list.add(r);
    }
  }

  /**
   * The readings of a token: by its lower-case form first; else, when a tagger gave a lemma the lexicon knows, by
   * lemma with the form kind guessed from the POS tag, except for the forms an entry excepts.
   */
  List<Reading> readings(String lowerForm, String lemma, String pos) {
    List<Reading> r = byForm.get(lowerForm);
    if (r != null) {
      return r;
    }
    if (lemma == null) {
      return List.of();
    }
    List<Entry> entries = byLemma.get(lemma.toLowerCase(Locale.ROOT));
    if (entries == null) {
      return List.of();
    }
    String form;
    if ("NOUN".equals(pos)) {
      form = "noun";
    } else if ("VERB".equals(pos) || "AUX".equals(pos) || "ADJ".equals(pos)) {
      form = PARTICIPLE.matcher(lowerForm).matches() ? "pp" : lowerForm.endsWith("ndo") ? "ger"
          : INFINITIVE.matcher(lowerForm).matches() ? "inf" : "fin";
    } else {
      return List.of();
    }
    List<Reading> out = new ArrayList<>();
    for (Entry e : entries) {
      if (!e.except().contains(lowerForm)) {
        out.add(new Reading(e, form));
      }
    }
    return out;
  }

  /** The event types of types.tsv. */
  Set<String> types() {
    return types;
  }

  /** The roles only persons fill in events of this type (types.tsv {@code persons=}); empty when none. */
  Set<String> personRoles(String type) {
    return typePersonRoles.getOrDefault(type, Set.of());
  }

  boolean hasType(String type) {
    return types.contains(type);
  }
}
