package it.storia.extractor.event;

import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.Event;
import it.storia.extractor.model.EventArgument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Scores predicted events against the dev set: a predicted event matches a gold one when the types are equal and
 * the trigger spans overlap (one-to-one, in text order). On the matched pairs: recall of the gold agent/patient
 * persons (an argument with the same role whose canonical name or text contains the gold name, so that a
 * resolver's "Lev Trotsky" also counts for "Trotsky" and the text "Papa Benedetto Decimoquinto" counts although
 * the resolver calls him "Benedetto XV"; an anaphor's text never contains a name), date accuracy
 * (equal TimeML values, no date on both sides counting as equal) and modality accuracy; and the precision of the
 * agent/patient arguments typed PERSON (right when a gold person of the same role matches it as above, wrong when
 * the gold event has no such person).
 */
final class EventScorer {
  int gold;
  int predicted;
  int matched;
  int triggerOnlyMatched;
  int goldPersons;
  int foundPersons;
  int predictedPersons;
  int rightPersons;
  int dates;
  int datesRight;
  int modalitiesRight;
  final List<String> report = new ArrayList<>();

  void add(EventDevSet.Doc doc, List<Event> events) {
    gold += doc.gold().size();
    predicted += events.size();
    int[] hits = match(doc.gold(), events);
    boolean[] used = new boolean[events.size()];
    boolean[] usedLoose = new boolean[events.size()];
    String text = doc.doc().text();
    for (int gi = 0; gi < hits.length; gi++) {
      EventDevSet.Gold g = doc.gold().get(gi);
      int hit = hits[gi];
      for (int i = 0; i < events.size(); i++) {
        if (!usedLoose[i] && overlaps(events.get(i), g)) {
          usedLoose[i] = true;
          triggerOnlyMatched++;
          break;
        }
      }
      if (hit < 0) {
        report.add(doc.id() + " MISSED " + g.type() + " '" + g.trigger() + "' @" + g.begin() + ": "
            + context(text, g.begin()));
        continue;
      }
      used[hit] = true;
      matched++;
      Event e = events.get(hit);
      List<String> problems = new ArrayList<>();
      for (String a : g.agents()) {
        goldPersons++;
        if (has(e, "agent", a)) {
          foundPersons++;
        } else {
          problems.add("agent " + a);
        }
      }
      for (String p : g.patients()) {
        goldPersons++;
        if (has(e, "patient", p)) {
          foundPersons++;
        } else {
          problems.add("patient " + p);
        }
      }
      for (EventArgument a : e.arguments()) {
        if (a.type() == EntityType.PERSON && (a.role().equals("agent") || a.role().equals("patient"))) {
          predictedPersons++;
          if (matchesGold(a, a.role().equals("agent") ? g.agents() : g.patients())) {
            rightPersons++;
          } else {
            problems.add("wrong " + a.role() + " " + (a.canonical() != null ? a.canonical() : a.text()));
          }
        }
      }
      dates++;
      String value = e.date() == null ? null : e.date().value();
      if (Objects.equals(value, g.date())) {
        datesRight++;
      } else {
        problems.add("date " + value + " (gold " + g.date() + ")");
      }
      if (Objects.equals(e.modality(), g.modality())) {
        modalitiesRight++;
      } else {
        problems.add("modality " + e.modality() + " (gold " + g.modality() + ")");
      }
      if (!problems.isEmpty()) {
        report.add(doc.id() + " ARGS " + g.type() + " '" + g.trigger() + "': missing " + problems + " got "
            + describe(e));
      }
    }
    for (int i = 0; i < events.size(); i++) {
      if (!used[i]) {
        Event e = events.get(i);
        report.add(doc.id() + " SPURIOUS " + describe(e) + ": " + context(text, e.trigger().begin()));
      }
    }
  }

  /**
   * The matching of this scorer: for each gold event (in gold order), the index of the first unused predicted event
   * of the same type whose trigger overlaps the gold one, or -1.
   */
  static int[] match(List<EventDevSet.Gold> gold, List<Event> events) {
    int[] hits = new int[gold.size()];
    boolean[] used = new boolean[events.size()];
    for (int g = 0; g < gold.size(); g++) {
      hits[g] = -1;
      for (int i = 0; i < events.size(); i++) {
        if (!used[i] && events.get(i).type().equals(gold.get(g).type()) && overlaps(events.get(i), gold.get(g))) {
          used[i] = true;
          hits[g] = i;
          break;
        }
      }
    }
    return hits;
  }

  private static boolean overlaps(Event e, EventDevSet.Gold g) {
    return e.trigger().begin() < g.end() && g.begin() < e.trigger().end();
  }

  /** Whether the event has an argument of the role that matches the gold name ({@link #matchesGold}). */
  static boolean has(Event e, String role, String name) {
    for (EventArgument a : e.arguments()) {
      if (a.role().equals(role) && matchesGold(a, List.of(name))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the argument's canonical name or text contains one of the gold names (case-insensitive). */
  static boolean matchesGold(EventArgument a, List<String> names) {
    for (String name : names) {
      String n = name.toLowerCase(Locale.ROOT);
      if (a.canonical() != null && a.canonical().toLowerCase(Locale.ROOT).contains(n)
          || a.text().toLowerCase(Locale.ROOT).contains(n)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Event e) {
    StringBuilder b = new StringBuilder(e.type() + "[" + e.trigger().text() + "]");
    for (EventArgument a : e.arguments()) {
      b.append(' ').append(a.role()).append('=').append(a.canonical() != null ? a.canonical() : a.text());
    }
    if (e.date() != null) {
      b.append(" date=").append(e.date().value());
    }
    if (e.modality() != null) {
      b.append(" mod=").append(e.modality());
    }
    return b.toString();
  }

  private static String context(String text, int at) {
    return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60)).replace('\n', ' ');
  }

  double precision() {
    return predicted == 0 ? 0 : (double) matched / predicted;
  }

  double recall() {
    return gold == 0 ? 0 : (double) matched / gold;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  double personRecall() {
    return goldPersons == 0 ? 0 : (double) foundPersons / goldPersons;
  }

  double personPrecision() {
    return predictedPersons == 0 ? 0 : (double) rightPersons / predictedPersons;
  }

  double dateAccuracy() {
    return dates == 0 ? 0 : (double) datesRight / dates;
  }

  String summary() {
    return String.format(Locale.ROOT,
        "gold %d, predicted %d, matched %d: type+trigger P %.3f R %.3f F1 %.3f; trigger-only matches %d; "
            + "agent/patient person recall %.3f (%d/%d), precision %.3f (%d/%d); date accuracy %.3f (%d/%d); modality accuracy %.3f",
        gold, predicted, matched, precision(), recall(), f1(), triggerOnlyMatched, personRecall(), foundPersons,
        goldPersons, personPrecision(), rightPersons, predictedPersons, dateAccuracy(), datesRight, dates, dates == 0 ? 0 : (double) modalitiesRight / dates);
  }
}
