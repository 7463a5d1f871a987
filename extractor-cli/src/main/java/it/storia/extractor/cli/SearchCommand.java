package it.storia.extractor.cli;

import it.storia.extractor.index.EventTypes;
import it.storia.extractor.index.Hit;
import it.storia.extractor.index.InvalidQueryException;
import it.storia.extractor.index.PassageIndex;
import it.storia.extractor.index.PassageIndexException;
import it.storia.extractor.index.SearchRequest;
import it.storia.extractor.index.SearchResults;
import it.storia.extractor.index.SearchResultsJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extractor search}: searches a passage index built by {@code extractor index}. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search the passages of an index built by 'extractor index'.",
        "QUERY uses Lucene's classic syntax: words (all required), \"exact phrases\", OR, NOT/-, (groups), "
            + "wildc*rds, fuzzy~. Words match their Italian inflections (espulso finds espulsi). Without QUERY, "
            + "the passages the filters select are listed in text order.",
        "Near-duplicate passages are shown once unless --all is given.",
        "Exit codes: 0 results printed (possibly none), 2 bad query, bad option or missing index."})
final class SearchCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "The index directory.")
  Path index;

  @Option(names = "--person", paramLabel = "NAME",
      description = "Only passages that mention this person (canonical name or alias; case, accents and "
          + "transliteration do not matter: Trockij finds Trotsky).")
  String person;

  @Option(names = "--org", paramLabel = "NAME", description = "Only passages that mention this organisation.")
  String org;

  @Option(names = "--place", paramLabel = "NAME",
      description = "Only passages that mention this place (canonical name or alias: Leningrado, Alma-Ata).")
  String place;

  @Option(names = "--type", paramLabel = "EVENT", completionCandidates = KnownTypes.class,
      description = "Only passages with an event of this type: ${COMPLETION-CANDIDATES}.")
  String type;

  /** The event types, from the one list in {@link EventTypes}. */
  static final class KnownTypes implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return EventTypes.KNOWN.iterator();
    }
  }

  @Option(names = "--from", paramLabel = "DATE", description = "Only passages with a date reaching this year, "
      + "month or day or later: 1927, 1927-11 or 1927-11-07.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only passages with a date reaching this year, "
      + "month or day or earlier: 1928, 1928-01 or 1928-01-31.")
  String to;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
      description = "How many passages to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--all", description = "Show near-duplicate passages too.")
  boolean all;

  @Option(names = "--facets", description = "Also count persons, organisations, places and event types.")
  boolean facets;

  @Option(names = "--json", description = "Print the results as one JSON object.")
  boolean json;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The query (several words are joined).")
  List<String> query = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    SearchRequest request;
    try {
      request = new SearchRequest(String.join(" ", query), person, org, place, type,
          day("--from", from, true), day("--to", to, false), limit, all, facets);
    } catch (InvalidQueryException e) {
      throw new ExitCodes.UsageException(e.getMessage());
    }
    if (request.isEmpty()) {
      throw new ExitCodes.UsageException("give a QUERY or a filter (--person, --org, --place, --type, --from, --to)");
    }
    SearchResults results;
    try (PassageIndex idx = PassageIndex.openReadOnly(index)) {
      results = idx.search(request);
    } catch (PassageIndexException | InvalidQueryException e) {
      throw new ExitCodes.UsageException(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(SearchResultsJson.write(results, false));
    } else {
      print(out, results, System.console() != null);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** The first or last day of an option's year, month or day; null when the option is not given. */
  private static LocalDate day(String option, String value, boolean first) {
    if (value == null) {
      return null;
    }
    try {
      return first ? SearchRequest.firstDay(value) : SearchRequest.lastDay(value);
    } catch (InvalidQueryException e) {
      throw new InvalidQueryException(option + ": " + e.getMessage(), e);
    }
  }

  static void print(PrintWriter out, SearchResults results, boolean terminal) {
    String open = terminal ? "\u001b[1m" : "«";
    String close = terminal ? "\u001b[0m" : "»";
    out.printf(Locale.ROOT, "%d passage%s match%s", results.total(), results.total() == 1 ? "" : "s",
        results.total() == 1 ? "es" : "");
    if (results.collapsed() > 0) {
      out.printf(Locale.ROOT, " (%d near-duplicate%s hidden; --all shows them)", results.collapsed(),
          results.collapsed() == 1 ? "" : "s");
    }
    out.println();
    int n = 0;
    for (Hit h : results.hits()) {
      out.println();
      out.printf(Locale.ROOT, "%d. %s, sentence %d [%d-%d]%s%s%n", ++n, h.origin(), h.sentence() + 1, h.begin(),
          h.end(), Float.isNaN(h.score()) ? "" : String.format(Locale.ROOT, "  score %.2f", h.score()),
          h.duplicates() > 0 ? "  (+" + h.duplicates() + " duplicate" + (h.duplicates() == 1 ? "" : "s") + ")"
              : "");
      out.println("   " + h.highlight(open, close).replaceAll("\\s*\\R\\s*", " "));
      List<String> facts = new ArrayList<>();
      if (!h.persons().isEmpty()) {
        facts.add("persons: " + String.join(", ", h.persons()));
      }
      if (!h.organizations().isEmpty()) {
        facts.add("organisations: " + String.join(", ", h.organizations()));
      }
      if (!h.locations().isEmpty()) {
        facts.add("places: " + String.join(", ", h.locations()));
      }
      if (!h.events().isEmpty()) {
        facts.add("events: " + String.join(", ", h.events()));
      }
      if (!h.dates().isEmpty()) {
        facts.add("dates: " + String.join(", ", h.dates()));
      }
      if (!facts.isEmpty()) {
        out.println("   " + String.join(" · ", facts));
      }
    }
    if (!results.facets().isEmpty()) {
      out.println();
      for (Map.Entry<String, Map<String, Integer>> dim : results.facets().entrySet()) {
        List<String> values = new ArrayList<>();
        dim.getValue().forEach((k, v) -> values.add(k + " (" + v + ")"));
        out.println(dim.getKey() + ": " + (values.isEmpty() ? "-" : String.join(", ", values)));
      }
    }
  }
}
