package it.storia.extractor.parse;

import java.util.Arrays;

/**
 * A configuration of the arc-eager transition system (Nivre 2003, 2008) over the words {@code 1..n} of one
 * sentence, {@code 0} being the artificial root: a stack, a buffer (the words from {@link #next} on) and the arcs
 * built so far, with the per-word facts the features read (leftmost and rightmost dependents, valency, the set of
 * dependent labels).
 *
 * <p>Transitions: SHIFT (push the buffer's first word), REDUCE (pop a stack top that has its head), LEFT-ARC(l)
 * (the buffer's first word becomes the head of the stack top, which is popped), RIGHT-ARC(l) (the stack top becomes
 * the head of the buffer's first word, which is pushed). A single-root constraint: only one RIGHT-ARC from the
 * root, labelled {@code root}, and {@code root} nowhere else.
 *
 * <p>Mutable; one per parse; not thread-safe.
 */
final class ArcEager {
  static final int SHIFT = 0;
  static final int REDUCE = 1;
  static final int LEFT = 2;
  static final int RIGHT = 3;
  static final String ROOT_LABEL = "root";

  final int n;
  private final int[] stack;
  private int top;
  private int next = 1;
  final int[] head;
  final String[] label;
  final int[] leftmost;
  final int[] leftmost2;
  final int[] rightmost;
  final int[] rightmost2;
  final int[] leftCount;
  final int[] rightCount;
  final long[] leftLabels;
  final long[] rightLabels;
  private boolean rootAssigned;

  /** The initial configuration of a sentence of {@code n} words: the root on the stack, every word in the buffer. */
  ArcEager(int n) {
    this.n = n;
    stack = new int[n + 1];
    stack[top++] = 0;
    head = new int[n + 1];
    Arrays.fill(head, -1);
    label = new String[n + 1];
    leftmost = filled(n + 1);
    leftmost2 = filled(n + 1);
    rightmost = filled(n + 1);
    rightmost2 = filled(n + 1);
    leftCount = new int[n + 1];
    rightCount = new int[n + 1];
    leftLabels = new long[n + 1];
    rightLabels = new long[n + 1];
  }

  private static int[] filled(int size) {
    int[] a = new int[size];
    Arrays.fill(a, -1);
    return a;
  }

  /** The {@code k}-th word from the stack top ({@code 0} = the top), or -1. */
  int stack(int k) {
    return top - 1 - k >= 0 ? stack[top - 1 - k] : -1;
  }

  /** The {@code k}-th word of the buffer ({@code 0} = its first), or -1. */
  int buffer(int k) {
    int i = next + k;
    return i <= n ? i : -1;
  }

  /** Whether the buffer is empty (parsing is over). */
  boolean terminal() {
    return next > n;
  }

  /** Whether the transition of this kind and label may apply. */
  boolean valid(int kind, String lab) {
    int s0 = stack(0);
    switch (kind) {
      case SHIFT:
        return next <= n;
      case REDUCE:
        return s0 > 0 && head[s0] >= 0;
      case LEFT:
        return s0 > 0 && head[s0] < 0 && next <= n && !ROOT_LABEL.equals(lab);
      case RIGHT:
        if (s0 < 0 || next > n) {
          return false;
        }
        return s0 == 0 ? !rootAssigned && ROOT_LABEL.equals(lab) : !ROOT_LABEL.equals(lab);
      default:
        return false;
    }
  }

  /** Applies a (valid) transition. */
  void apply(int kind, String lab) {
    switch (kind) {
      case SHIFT -> stack[top++] = next++;
      case REDUCE -> top--;
      case LEFT -> {
        arc(next, stack[top - 1], lab);
        top--;
      }
      case RIGHT -> {
        int s0 = stack[top - 1];
        if (s0 == 0) {
          rootAssigned = true;
        }
        arc(s0, next, lab);
        stack[top++] = next++;
      }
      default -> throw new IllegalArgumentException("unknown transition kind " + kind);
    }
  }

  private void arc(int h, int d, String lab) {
    head[d] = h;
    label[d] = lab;
    long bit = 1L << (lab.hashCode() & 63);
    if (d < h) {
      leftCount[h]++;
      leftLabels[h] |= bit;
      if (leftmost[h] < 0 || d < leftmost[h]) {
        leftmost2[h] = leftmost[h];
        leftmost[h] = d;
      } else if (leftmost2[h] < 0 || d < leftmost2[h]) {
        leftmost2[h] = d;
      }
    } else {
      rightCount[h]++;
      rightLabels[h] |= bit;
      if (d > rightmost[h]) {
        rightmost2[h] = rightmost[h];
        rightmost[h] = d;
      } else if (d > rightmost2[h]) {
        rightmost2[h] = d;
      }
    }
  }

  /**
   * The static oracle's transition kind for gold heads {@code goldHead} (index 1..n, 0 = the root): LEFT-ARC when
   * the stack top's head is the buffer's first word, RIGHT-ARC when the reverse holds, REDUCE when the stack top
   * has its head and no dependent left in the buffer, else SHIFT. Exact for projective trees.
   */
  int oracle(int[] goldHead) {
    int s0 = stack(0);
    int b0 = buffer(0);
    if (s0 > 0 && goldHead[s0] == b0) {
      return LEFT;
    }
    if (s0 >= 0 && goldHead[b0] == s0) {
      return RIGHT;
    }
    if (s0 > 0 && head[s0] >= 0) {
      boolean dependentLeft = false;
      for (int k = next; k <= n && !dependentLeft; k++) {
        dependentLeft = goldHead[k] == s0;
      }
      if (!dependentLeft) {
        return REDUCE;
      }
    }
    return SHIFT;
  }

  /**
   * Makes the subject and agent relations agree with the voice their head's auxiliaries mark, as UD defines them:
   * under a head with an {@code aux:pass} or {@code expl:pass} dependent, {@code nsubj} becomes {@code nsubj:pass},
   * {@code csubj} becomes {@code csubj:pass}, and an {@code obl} introduced by "da" ({@code case} dependent with
   * lemma {@code da}) becomes {@code obl:agent}. The classifier marks the auxiliary well but, trained on treebanks
   * that do not all use the passive subtypes, often leaves the subject and agent without them.
   */
  void passives(String[] lemmas) {
    boolean[] passive = new boolean[n + 1];
    for (int i = 1; i <= n; i++) {
      if (head[i] > 0 && ("aux:pass".equals(label[i]) || "expl:pass".equals(label[i]))) {
        passive[head[i]] = true;
      }
    }
    for (int i = 1; i <= n; i++) {
      if (head[i] <= 0 || !passive[head[i]]) {
        continue;
      }
      if ("nsubj".equals(label[i])) {
        label[i] = "nsubj:pass";
      } else if ("csubj".equals(label[i])) {
        label[i] = "csubj:pass";
      } else if ("obl".equals(label[i]) && hasCase(i, "da", lemmas)) {
        label[i] = "obl:agent";
      }
    }
  }

  private boolean hasCase(int word, String lemma, String[] lemmas) {
    for (int j = 1; j <= n; j++) {
      if (head[j] == word && "case".equals(label[j]) && lemma.equalsIgnoreCase(lemmas[j])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Completes the tree once the buffer is empty: a word still without a head is attached to the sentence's root
   * word ({@code punct} for punctuation, else {@code dep}); when no word was attached to the root, the first such
   * word becomes the root.
   */
  void finish(String[] upos) {
    int root = -1;
    for (int i = 1; i <= n; i++) {
      if (head[i] == 0) {
        root = i;
        break;
      }
    }
    for (int i = 1; i <= n; i++) {
      if (head[i] >= 0) {
        continue;
      }
      if (root < 0) {
        root = i;
        head[i] = 0;
        label[i] = ROOT_LABEL;
      } else {
        head[i] = root;
        label[i] = "PUNCT".equals(upos[i]) ? "punct" : "dep";
      }
    }
  }
}
