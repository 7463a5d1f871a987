package it.storia.extractor.decode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorResourceProvider;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PosTaggerFeatureGenerator;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.TokenPatternFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import opennlp.tools.util.featuregen.WordClusterFeatureGenerator;
import opennlp.tools.util.model.BaseModel;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The features of an OpenNLP feature-generator descriptor ({@code <featureGenerators cache="true">}, as embedded
 * in the bundled POS and name finder models) generated with less work and in exactly the same order, as the same
 * strings: the generator that a {@link WindowFeatureGenerator} wraps is run ONCE per token of a sentence and its
 * features are reused, with their {@code p1}/{@code p2}/{@code n1}/{@code n2} prefixes, for every window that
 * covers the token; OpenNLP re-runs it for every window position (a ±2 window runs it five times per token, each
 * time lower-casing the token, classifying its characters or looking its cluster up again).
 *
 * <p>Input: the descriptor bytes and the model's resources (word-cluster tables). {@link #compile} builds the
 * leaf generators with OpenNLP's own {@link GeneratorFactory} (one element at a time), so every feature string is
 * produced by OpenNLP's code; only the window composition is done here, as {@link WindowFeatureGenerator} does it
 * (the token's features, then those of the previous tokens prefixed {@code p<distance>}, then those of the next
 * ones prefixed {@code n<distance>}). It compiles only descriptors whose root asks for {@code cache="true"} (the
 * features never depend on the previous outcomes) and whose generators are all of the stateless OpenNLP classes
 * listed in {@link #STATELESS} (the windowed ones must also ignore the previous outcomes, so
 * {@link PosTaggerFeatureGenerator} may appear only outside a window); any other descriptor yields an empty
 * {@link Optional} and the caller uses OpenNLP's generators, which give the same features more slowly.
 *
 * <p>The features of a part made only of {@link #TOKEN_LOCAL} generators (a function of the token's string: its
 * class, lower-cased form, clusters, prefixes, suffixes...) are moreover kept per distinct word for the lifetime
 * of a generator from {@link #newGenerator()} (one document), with their window prefixes, so each word's strings
 * are built once per document and, being the same String objects, hash once in the model's predicate table.
 *
 * <p>A {@link BigramNameFeatureGenerator} outside a window computes the class of the token and of both neighbours
 * for every token ({@link FeatureGeneratorUtil#tokenFeature}, three times per token); here each token's class is
 * computed once per sentence and the same four strings are built in the same order.
 *
 * <p>{@link #withWords} adds a fixed list of frequent words whose entries (every token-local part, prefixed strings
 * included) are built once per process, the first time a document holds the word, and then shared by every
 * generator and thread: a generator takes such a word's entry instead of building it again in every document. The
 * list changes no feature: an entry is the same function of the word wherever it is built. Only listed words are
 * kept, so the shared entries are bounded by the list whatever the input.
 *
 * <p>Output: {@link #newGenerator()}, an {@link AdaptiveFeatureGenerator} whose {@code createFeatures} appends
 * exactly what the descriptor's (uncached) generator appends. This plan is thread-safe (the leaf generators have only
 * final, read-only state; the listed words' entries are published through a concurrent map and never written
 * after); its features never change; each generator from {@link #newGenerator()} keeps the per-token
 * features of the current sentence and is not thread-safe: one per call or per thread.
 */
public final class WindowedFeatures {
  /**
   * The generator classes (exact classes, not subclasses) this plan accepts: OpenNLP generators with only final,
   * read-only fields and no adaptive data, whose features are a function of the tokens and the index.
   */
  static final Set<Class<?>> STATELESS = Set.of(TokenClassFeatureGenerator.class, TokenFeatureGenerator.class,
      PrefixFeatureGenerator.class, SuffixFeatureGenerator.class, TokenPatternFeatureGenerator.class,
      BigramNameFeatureGenerator.class, SentenceFeatureGenerator.class, OutcomePriorFeatureGenerator.class,
      WordClusterFeatureGenerator.class);

  /** The model artifact that holds the feature-generator descriptor. */
  public static final String DESCRIPTOR_ENTRY = "generator.featuregen";

  private static final String WINDOW_FACTORY = "opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory";

  /**
   * The generators whose features are a function of the token's string alone ({@code tokens[index]}, nothing
   * else): their features can be kept per word.
   */
  static final Set<Class<?>> TOKEN_LOCAL = Set.of(TokenClassFeatureGenerator.class, TokenFeatureGenerator.class,
      PrefixFeatureGenerator.class, SuffixFeatureGenerator.class, TokenPatternFeatureGenerator.class,
      OutcomePriorFeatureGenerator.class, WordClusterFeatureGenerator.class);

  /** At most this many words' features are kept per generator (per call), to bound its memory. */
  private static final int MAX_WORDS = 50_000;

  /**
   * One top-level generator: a direct one ({@code slot} -1) or a window over an inner generator; {@code local}
   * when all its generators are {@link #TOKEN_LOCAL}; {@code bigram} when it is a {@link BigramNameFeatureGenerator}
   * (its features are built by {@link Generator#bigrams}, each token's class computed once).
   */
  private record Part(AdaptiveFeatureGenerator direct, int slot, int prev, int next, boolean local, boolean bigram) {}

  private final List<Part> parts;
  private final AdaptiveFeatureGenerator[] windowed;
  private final String[] prevPrefixes;
  private final String[] nextPrefixes;
  /** The words whose entries are shared ({@link #withWords}); empty when none were given. */
  private final Set<String> listed;
  /**
   * Listed word → its entry per part (a non-local part's slot is null), added the first time a generator meets
   * the word, complete before it is added and never written afterwards.
   */
  private final Map<String, String[][][]> shared;

  private WindowedFeatures(List<Part> parts, List<AdaptiveFeatureGenerator> windowed) {
    this.parts = List.copyOf(parts);
    this.windowed = windowed.toArray(new AdaptiveFeatureGenerator[0]);
    this.listed = Set.of();
    this.shared = Map.of();
    int maxPrev = 0;
    int maxNext = 0;
    for (Part p : parts) {
      maxPrev = Math.max(maxPrev, p.prev());
      maxNext = Math.max(maxNext, p.next());
    }
    prevPrefixes = new String[maxPrev + 1];
    nextPrefixes = new String[maxNext + 1];
    for (int i = 1; i <= maxPrev; i++) {
      prevPrefixes[i] = WindowFeatureGenerator.PREV_PREFIX + i;
    }
    for (int i = 1; i <= maxNext; i++) {
      nextPrefixes[i] = WindowFeatureGenerator.NEXT_PREFIX + i;
    }
  }

  private WindowedFeatures(WindowedFeatures plan, Collection<String> words) {
    this.parts = plan.parts;
    this.windowed = plan.windowed;
    this.prevPrefixes = plan.prevPrefixes;
    this.nextPrefixes = plan.nextPrefixes;
    this.listed = Set.copyOf(words);
    this.shared = new ConcurrentHashMap<>(Math.max(16, listed.size() * 4 / 3 + 1));
  }

  /**
   * This plan with the entries of {@code words} built once per process and shared by every generator (see the
   * class comment): the features are the same, a document's words from the list cost a look-up instead of their
   * generation. A plan with no token-local part gains nothing and is returned as it is.
   *
   * @param words frequent words, as tokens spell them (exact strings; duplicates are ignored)
   */
  public WindowedFeatures withWords(Collection<String> words) {
    Objects.requireNonNull(words, "words");
    boolean local = false;
    for (Part p : parts) {
      local |= p.local();
    }
    return local && !words.isEmpty() ? new WindowedFeatures(this, words) : this;
  }

  /** The number of listed words whose entries have been built so far (for tests). */
  int sharedWords() {
    return shared.size();
  }

  /** The number of listed words (for tests). */
  int listedWords() {
    return listed.size();
  }

  /**
   * The plan of a descriptor, or empty when the descriptor is not one this class reproduces (see the class
   * comment); the caller then uses OpenNLP's generators.
   *
   * @param descriptor the descriptor's bytes (a model's {@code generator.featuregen} artifact)
   * @param resources the model's resources, as OpenNLP's factories see them
   * @throws IOException when OpenNLP cannot build a generator of the descriptor (it could not either)
   */
  public static Optional<WindowedFeatures> compile(byte[] descriptor, FeatureGeneratorResourceProvider resources)
      throws IOException {
    Objects.requireNonNull(descriptor, "descriptor");
    Document doc = parse(descriptor);
    Element root = doc.getDocumentElement();
    if (!"featureGenerators".equals(root.getTagName()) || !"true".equals(root.getAttribute("cache"))) {
      return Optional.empty();
    }
    List<Part> parts = new ArrayList<>();
    List<AdaptiveFeatureGenerator> windowed = new ArrayList<>();
    for (Element e : generatorChildren(root)) {
      if (WINDOW_FACTORY.equals(e.getAttribute("class"))) {
        List<Element> inner = generatorChildren(e);
        Integer prev = intParameter(e, "prevLength");
        Integer next = intParameter(e, "nextLength");
        if (inner.size() != 1 || prev == null || next == null || prev < 0 || next < 0) {
          return Optional.empty();
        }
        AdaptiveFeatureGenerator g = leaf(inner.get(0), resources);
        if (!accepted(g, false)) {
          return Optional.empty();
        }
        parts.add(new Part(null, windowed.size(), prev, next, tokenLocal(g), false));
        windowed.add(g);
      } else {
        AdaptiveFeatureGenerator g = leaf(e, resources);
        if (!accepted(g, true)) {
          return Optional.empty();
        }
        parts.add(new Part(g, -1, 0, 0, tokenLocal(g), g.getClass() == BigramNameFeatureGenerator.class));
      }
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(new WindowedFeatures(parts, windowed));
  }

  /**
   * The plan of a loaded model's embedded descriptor (artifact {@value #DESCRIPTOR_ENTRY}, resources = the model's
   * artifacts, as OpenNLP's POS and name finder factories resolve them), or empty when the model has none (OpenNLP's
   * default features) or one this class does not reproduce.
   *
   * @throws IOException when OpenNLP cannot build a generator of the descriptor
   */
  public static Optional<WindowedFeatures> ofModel(BaseModel model) throws IOException {
    Object descriptor = model.getArtifact(DESCRIPTOR_ENTRY);
    if (!(descriptor instanceof byte[] bytes)) {
      return Optional.empty();
    }
    return compile(bytes, model::getArtifact);
  }

  /** A new generator over this plan (not thread-safe: it keeps the current sentence's per-token features). */
  public AdaptiveFeatureGenerator newGenerator() {
    return new Generator();
  }

  /** Whether OpenNLP built a generator this plan reproduces (outcome-dependent ones only outside windows). */
  private static boolean accepted(AdaptiveFeatureGenerator g, boolean mayReadOutcomes) {
    if (g.getClass() == AggregatedFeatureGenerator.class) {
      Collection<AdaptiveFeatureGenerator> all = ((AggregatedFeatureGenerator) g).getGenerators();
      for (AdaptiveFeatureGenerator a : all) {
        if (!accepted(a, mayReadOutcomes)) {
          return false;
        }
      }
      return true;
    }
    return STATELESS.contains(g.getClass()) || (mayReadOutcomes && g.getClass() == PosTaggerFeatureGenerator.class);
  }

  /** Whether a generator's features depend on the token's string alone (see {@link #TOKEN_LOCAL}). */
  private static boolean tokenLocal(AdaptiveFeatureGenerator g) {
    if (g.getClass() == AggregatedFeatureGenerator.class) {
      for (AdaptiveFeatureGenerator a : ((AggregatedFeatureGenerator) g).getGenerators()) {
        if (!tokenLocal(a)) {
          return false;
        }
      }
      return true;
    }
    return TOKEN_LOCAL.contains(g.getClass());
  }

  /** OpenNLP's generator for one {@code <generator>} element, built from a descriptor holding only it. */
  private static AdaptiveFeatureGenerator leaf(Element element, FeatureGeneratorResourceProvider resources)
      throws IOException {
    StringBuilder xml = new StringBuilder("<featureGenerators name=\"windowedFeaturesLeaf\">");
    write(element, xml);
    xml.append("</featureGenerators>");
    return GeneratorFactory.create(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)),
        resources);
  }

  /**
   * Appends an element as XML: its name, attributes, child elements and text (comments and processing
   * instructions dropped, as no generator reads them), with the five XML special characters escaped.
   */
  private static void write(Element element, StringBuilder xml) {
    xml.append('<').append(element.getTagName());
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Node a = attributes.item(i);
      xml.append(' ').append(a.getNodeName()).append("=\"");
      escape(a.getNodeValue(), xml);
      xml.append('"');
    }
    xml.append('>');
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node n = children.item(i);
      if (n instanceof Element e) {
        write(e, xml);
      } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        escape(n.getNodeValue(), xml);
      }
    }
    xml.append("</").append(element.getTagName()).append('>');
  }

  private static void escape(String text, StringBuilder xml) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> xml.append("&lt;");
        case '>' -> xml.append("&gt;");
        case '&' -> xml.append("&amp;");
        case '"' -> xml.append("&quot;");
        case '\'' -> xml.append("&apos;");
        default -> xml.append(c);
      }
    }
  }

  private static Document parse(byte[] descriptor) throws IOException {
    try {
      return documentBuilder().parse(new ByteArrayInputStream(descriptor));
    } catch (SAXException | ParserConfigurationException e) {
      throw new IOException("feature generator descriptor is not valid XML: " + e.getMessage(), e);
    }
  }

  private static DocumentBuilder documentBuilder() throws ParserConfigurationException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder();
  }

  private static List<Element> generatorChildren(Element parent) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element e && "generator".equals(e.getTagName())) {
        out.add(e);
      }
    }
    return out;
  }

  /** The value of a direct child {@code <int name="...">}, or null when absent or not an integer. */
  private static Integer intParameter(Element parent, String name) {
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element e && "int".equals(e.getTagName()) && name.equals(e.getAttribute("name"))) {
        try {
          return Integer.parseInt(e.getTextContent().trim());
        } catch (NumberFormatException ex) {
          return null;
        }
      }
    }
    return null;
  }

  /**
   * The per-call generator. Windowed generators run once per token of the current sentence; the features of a
   * token-local part ({@link #TOKEN_LOCAL} generators only, a function of the token's string) are kept per distinct
   * word for the whole call, prefixed strings included, so a frequent word's features are built once per
   * document (and, being the same String objects, hash once in the model's predicate table).
   */
  private final class Generator implements AdaptiveFeatureGenerator {
    private final List<String> scratch = new ArrayList<>(16);
    /** Word → its entry per local part (null until needed): features per window position, prefixed. */
    private final Map<String, String[][][]> byWord = new HashMap<>(2048);
    private String[] tokens;
    /** wordRows[token]: the token's word entries (local parts), found once per token of the sentence. */
    private String[][][][] wordRows = new String[64][][][];
    /** classes[token]: the token's class ({@link FeatureGeneratorUtil#tokenFeature}), null until needed. */
    private String[] classes = new String[64];
    /** rows[part][token]: a non-local window part's features of the token (index 0 only). */
    private final String[][][][] rows = new String[parts.size()][][][];

    @Override
    public void createFeatures(List<String> features, String[] sentence, int index, String[] preds) {
      if (sentence != tokens) {
        tokens = sentence;
        for (int k = 0; k < rows.length; k++) {
          if (rows[k] == null || rows[k].length < sentence.length) {
            rows[k] = new String[Math.max(sentence.length, 64)][][];
          } else {
            Arrays.fill(rows[k], 0, sentence.length, null);
          }
        }
        if (classes.length < sentence.length) {
          classes = new String[Math.max(sentence.length, 64)];
        } else {
          Arrays.fill(classes, 0, sentence.length, null);
        }
        if (wordRows.length < sentence.length) {
          wordRows = new String[sentence.length][][][];
        } else {
          Arrays.fill(wordRows, 0, sentence.length, null);
        }
      }
      for (int k = 0; k < parts.size(); k++) {
        Part p = parts.get(k);
        if (p.bigram()) {
          bigrams(features, index);
          continue;
        }
        if (p.direct() != null && !p.local()) {
          p.direct().createFeatures(features, sentence, index, preds);
          continue;
        }
        Collections.addAll(features, row(k, p, index, preds)[0]);
        for (int i = 1; i <= p.prev(); i++) {
          if (index - i >= 0) {
            addPrefixed(features, row(k, p, index - i, preds), i, prevPrefixes[i]);
          }
        }
        for (int i = 1; i <= p.next(); i++) {
          if (index + i < sentence.length) {
            addPrefixed(features, row(k, p, index + i, preds), p.prev() + i, nextPrefixes[i]);
          }
        }
      }
    }

    /**
     * The features {@link BigramNameFeatureGenerator} adds for token {@code index}, the same strings in the same
     * order (its {@code createFeatures}: the pairs of words and of word classes with the previous and the next
     * token), with each token's class computed once per sentence instead of up to three times.
     */
    private void bigrams(List<String> features, int index) {
      String wc = tokenClass(index);
      if (index > 0) {
        features.add("pw,w=" + tokens[index - 1] + "," + tokens[index]);
        features.add("pwc,wc=" + tokenClass(index - 1) + "," + wc);
      }
      if (index + 1 < tokens.length) {
        features.add("w,nw=" + tokens[index] + "," + tokens[index + 1]);
        features.add("wc,nc=" + wc + "," + tokenClass(index + 1));
      }
    }

    private String tokenClass(int j) {
      String c = classes[j];
      if (c == null) {
        c = FeatureGeneratorUtil.tokenFeature(tokens[j]);
        classes[j] = c;
      }
      return c;
    }

    /** Position {@code at} of a token's entry, or the token's features with the prefix (a non-local window). */
    private void addPrefixed(List<String> features, String[][] row, int at, String prefix) {
      if (row.length > 1) {
        Collections.addAll(features, row[at]);
        return;
      }
      for (String v : row[0]) {
        features.add(prefix.concat(v));
      }
    }

    /** The entry of token {@code j} for part {@code k}: per word for a local part, per token for the others. */
    private String[][] row(int k, Part p, int j, String[] preds) {
      if (!p.local()) {
        String[][] row = rows[k][j];
        if (row == null) {
          row = new String[][] {generate(p, j, preds)};
          rows[k][j] = row;
        }
        return row;
      }
      String[][][] word = wordRows[j];
      if (word == null) {
        word = byWord.get(tokens[j]);
        if (word == null) {
          word = shared.get(tokens[j]);
          if (word == null) {
            if (listed.contains(tokens[j])) {
              word = wholeEntry(j, preds);
              String[][][] first = shared.putIfAbsent(tokens[j], word);
              word = first == null ? word : first;
            } else {
              word = new String[parts.size()][][];
            }
          }
          if (byWord.size() < MAX_WORDS) {
            byWord.put(tokens[j], word);
          }
        }
        wordRows[j] = word;
      }
      String[][] row = word[k];
      if (row == null) {
        row = entry(p, j, preds);
        word[k] = row;
      }
      return row;
    }

    /**
     * The entry of token {@code j} for every token-local part; a local part's features depend on the token's string
     * only, so they are those of the word anywhere.
     */
    private String[][][] wholeEntry(int j, String[] preds) {
      String[][][] out = new String[parts.size()][][];
      for (int k = 0; k < parts.size(); k++) {
        Part p = parts.get(k);
        if (p.local()) {
          out[k] = entry(p, j, preds);
        }
      }
      return out;
    }

    /** A local part's features of token {@code j} at every window position, prefixed. */
    private String[][] entry(Part p, int j, String[] preds) {
      String[] own = generate(p, j, preds);
      String[][] row = new String[1 + p.prev() + p.next()][];
      row[0] = own;
      for (int i = 1; i <= p.prev(); i++) {
        row[i] = prefixed(prevPrefixes[i], own);
      }
      for (int i = 1; i <= p.next(); i++) {
        row[p.prev() + i] = prefixed(nextPrefixes[i], own);
      }
      return row;
    }

    private String[] generate(Part p, int j, String[] preds) {
      scratch.clear();
      AdaptiveFeatureGenerator g = p.direct() != null ? p.direct() : windowed[p.slot()];
      g.createFeatures(scratch, tokens, j, preds);
      return scratch.toArray(new String[0]);
    }

    private String[] prefixed(String prefix, String[] values) {
      String[] out = new String[values.length];
      for (int i = 0; i < values.length; i++) {
        out[i] = prefix.concat(values[i]);
      }
      return out;
    }
  }
}
