package it.storia.extractor.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds and reads the text inputs of a batch: files, directories searched recursively for {@code *.txt}, and
 * standard input. Reading is strict: a file with NUL bytes is reported as binary, one that is not valid UTF-8 as
 * undecodable, with the byte offset.
 *
 * <p>Stateless; thread-safe.
 */
public final class TextInputs {
  /** How many leading bytes are checked for NUL to call a file binary. */
  private static final int SNIFF = 8192;

  private TextInputs() {}

  /**
   * Expands command-line inputs into files, in the given order (directories sorted by path). Problems with an
   * input (missing, a directory without text files) are returned as errors; the other inputs are still listed.
   */
  public static Expansion expand(List<String> args) {
    List<Input> inputs = new ArrayList<>();
    List<InputException> errors = new ArrayList<>();
    for (String a : args) {
      if ("-".equals(a)) {
        inputs.add(Input.STDIN);
        continue;
      }
      Path p = Path.of(a);
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          List<Path> files = walk.filter(Files::isRegularFile)
              .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
              .sorted().toList();
          if (files.isEmpty()) {
            errors.add(new InputException(a, "directory has no .txt files"));
          }
          for (Path f : files) {
            inputs.add(Input.of(f));
          }
        } catch (IOException | java.io.UncheckedIOException e) {
          errors.add(new InputException(a, "cannot list directory: " + e.getMessage(), e));
        }
      } else if (Files.isRegularFile(p)) {
        inputs.add(Input.of(p));
      } else if (Files.exists(p)) {
        errors.add(new InputException(a, "not a regular file or directory"));
      } else {
        errors.add(new InputException(a, "no such file or directory"));
      }
    }
    return new Expansion(inputs, errors);
  }

  /** The result of {@link #expand(List)}. */
  public record Expansion(List<Input> inputs, List<InputException> errors) {
    public Expansion {
      inputs = List.copyOf(inputs);
      errors = List.copyOf(errors);
    }
  }

  /** Reads a whole file as strict UTF-8 text. */
  public static String read(Path file) throws InputException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), "no such file", e);
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
    } catch (OutOfMemoryError e) {
      throw new InputException(file.toString(), "too large to read into memory", e);
    }
    return decode(file.toString(), bytes);
  }

  /** Reads a whole stream (standard input) as strict UTF-8 text. */
  public static String read(String name, InputStream in) throws InputException {
    try {
      return decode(name, in.readAllBytes());
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage(), e);
    }
  }

  /** Decodes bytes as strict UTF-8, calling NUL-bearing content binary. */
  public static String decode(String name, byte[] bytes) throws InputException {
    checkNotBinary(name, bytes, Math.min(bytes.length, SNIFF));
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = dec.decode(ByteBuffer.wrap(bytes));
      return chars.toString();
    } catch (MalformedInputException e) {
      throw new InputException(name, "not valid UTF-8 text (undecodable bytes near byte "
          + firstMalformed(bytes) + ")", e);
    } catch (CharacterCodingException e) {
      throw new InputException(name, "not valid UTF-8 text: " + e.getMessage(), e);
    }
  }

  /** Throws when the first {@code length} bytes hold a NUL byte. */
  public static void checkNotBinary(String name, byte[] bytes, int length) throws InputException {
    for (int i = 0; i < length; i++) {
      if (bytes[i] == 0) {
        throw new InputException(name, "binary file (NUL byte at offset " + i + "), expected UTF-8 text");
      }
    }
  }

  private static long firstMalformed(byte[] bytes) {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(4096);
    while (true) {
      var r = dec.decode(in, out, true);
      if (r.isError()) {
        return in.position();
      }
      if (r.isUnderflow()) {
        return -1;
      }
      out.clear();
    }
  }
}
