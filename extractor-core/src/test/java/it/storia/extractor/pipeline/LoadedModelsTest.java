package it.storia.extractor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.decode.TableModel;
import it.storia.extractor.ner.OpenNlpNameFinder;
import it.storia.extractor.tag.OpenNlpTagger;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.model.BaseModel;
import org.junit.jupiter.api.Test;

/**
 * A loaded extractor keeps what its stages read, not the OpenNLP model objects they were built from (session 24):
 * walking the object graph reachable from the default pipeline's instance fields finds no {@link BaseModel} (a
 * POS, name finder or parser model package), no {@link AbstractModel} (a GIS or perceptron classifier) and no
 * {@link Context} (an entry of a classifier's predicate map), while it does find the classifiers' compact
 * {@link TableModel} views. A structural check, not a garbage-collector one: it fails as soon as any field of any
 * stage references such an object.
 */
class LoadedModelsTest {

  @Test
  void theDefaultPipelineKeepsNoOpenNlpModel() {
    Walk walk = Walk.from(SharedPipeline.defaults());
    assertThat(walk.found(BaseModel.class)).isEmpty();
    assertThat(walk.found(AbstractModel.class)).isEmpty();
    assertThat(walk.found(Context.class)).isEmpty();
    // the tagger's and the name finder's classifiers, as views (and the walk does reach into the stages)
    assertThat(walk.count(TableModel.class)).isEqualTo(2);
  }

  @Test
  void finderWithAnotherBeamSharesTheViewAndKeepsNoModel() {
    OpenNlpNameFinder finder = OpenNlpNameFinder.fromClasspath();
    Walk one = Walk.from(finder);
    Walk both = Walk.from(List.of(finder, finder.withBeamSize(1), finder.withDocumentConsistency(false)));
    assertThat(both.found(BaseModel.class)).isEmpty();
    assertThat(both.found(AbstractModel.class)).isEmpty();
    assertThat(one.count(TableModel.class)).isEqualTo(1);
    assertThat(both.count(TableModel.class)).isEqualTo(1);
  }

  @Test
  void theWalkFindsAModelThatIsKept() {
    // the check itself: a holder of the tagger and its model does show the model
    record Holder(OpenNlpTagger tagger, Object model) {}
    Walk walk = Walk.from(new Holder(OpenNlpTagger.fromClasspath(), OpenNlpTagger.bundledPosModel()));
    assertThat(walk.found(BaseModel.class)).hasSize(1);
    assertThat(walk.found(AbstractModel.class)).hasSize(1);
    assertThat(walk.count(Context.class)).isGreaterThan(100_000);
  }

  /**
   * The objects reachable from a root through instance fields, array elements and the contents of JDK maps,
   * collections and optionals (other JDK objects are not entered). Each object once, by identity.
   */
  private static final class Walk {
    private final IdentityHashMap<Object, Object> parents = new IdentityHashMap<>();
    private final List<Object> objects = new ArrayList<>();

    static Walk from(Object root) {
      Walk w = new Walk();
      w.run(root);
      return w;
    }

    private void run(Object root) {
      Deque<Object> todo = new ArrayDeque<>();
      parents.put(root, root);
      todo.push(root);
      while (!todo.isEmpty()) {
        Object o = todo.pop();
        objects.add(o);
        for (Object next : references(o)) {
          if (next != null && !parents.containsKey(next)) {
            parents.put(next, o);
            todo.push(next);
          }
        }
      }
    }

    private static List<Object> references(Object o) {
      List<Object> out = new ArrayList<>();
      Class<?> c = o.getClass();
      if (c.isArray()) {
        if (!c.getComponentType().isPrimitive()) {
          for (int i = 0; i < Array.getLength(o); i++) {
            out.add(Array.get(o, i));
          }
        }
        return out;
      }
      if (isJdk(c)) {
        if (o instanceof Map<?, ?> m) {
          for (Map.Entry<?, ?> e : m.entrySet()) {
            out.add(e.getKey());
            out.add(e.getValue());
          }
        } else if (o instanceof Collection<?> all) {
          out.addAll(all);
        } else if (o instanceof Optional<?> opt) {
          opt.ifPresent(out::add);
        }
        return out;
      }
      for (Class<?> k = c; k != null && !isJdk(k); k = k.getSuperclass()) {
        for (Field f : k.getDeclaredFields()) {
          if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
            continue;
          }
          f.setAccessible(true);
          try {
            out.add(f.get(o));
          } catch (IllegalAccessException e) {
            throw new AssertionError("cannot read " + f, e);
          }
        }
      }
      return out;
    }

    private static boolean isJdk(Class<?> c) {
      String name = c.getName();
      return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
          || name.startsWith("sun.") || name.startsWith("com.sun.");
    }

    /** The reachable objects of a type, each described by its chain of classes from the root. */
    List<String> found(Class<?> type) {
      List<String> out = new ArrayList<>();
      for (Object o : objects) {
        if (type.isInstance(o)) {
          StringBuilder path = new StringBuilder(o.getClass().getName());
          for (Object p = o; parents.get(p) != p; p = parents.get(p)) {
            path.insert(0, parents.get(p).getClass().getSimpleName() + " > ");
          }
          out.add(path.toString());
        }
      }
      return out;
    }

    long count(Class<?> type) {
      return objects.stream().filter(type::isInstance).count();
    }
  }
}
