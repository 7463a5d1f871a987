package it.storia.extractor.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyValuesTest {
  private static final Set<String> KEYS = Set.of("n", "share", "flag", "name");

  private static KeyValues read(String text) throws IOException {
    return KeyValues.read(new BufferedReader(new StringReader(text)), "my.properties", KEYS);
  }

  @Test
  void readsTypedValuesSkippingCommentsAndBlankLines() throws IOException {
    KeyValues v = read("# a comment\n\nn = 3\nshare=0.75\nflag=FALSE\nname= Roma \n");
    assertThat(v.integer("n")).isEqualTo(3);
    assertThat(v.decimal("share")).isEqualTo(0.75);
    assertThat(v.bool("flag")).isFalse();
    assertThat(v.string("name")).isEqualTo("Roma");
  }

  @Test
  void rejectsWhatPropertiesWouldReadSilently() {
    assertThatThrownBy(() -> read("n=1\nnn=2\n")).hasMessage(
        "my.properties:2: unknown key 'nn', expected one of [flag, n, name, share]");
    assertThatThrownBy(() -> read("n=1\n\nn=2\n")).hasMessage("my.properties:3: key 'n' is already set on line 1");
    assertThatThrownBy(() -> read("n 1\n")).hasMessage("my.properties:1: expected KEY=VALUE, got 'n 1'");
    assertThatThrownBy(() -> read("n=\n")).hasMessage("my.properties:1: empty value for 'n'");
  }

  @Test
  void typedGettersNameTheLineKeyAndBadValue() throws IOException {
    KeyValues v = read("flag=yes\nn=2.5\nshare=NaN\n");
    assertThatThrownBy(() -> v.bool("flag")).hasMessage("my.properties:1: flag must be true or false: 'yes'");
    assertThatThrownBy(() -> v.integer("n")).hasMessage("my.properties:2: n is not a whole number: '2.5'");
    assertThatThrownBy(() -> v.decimal("share")).hasMessage("my.properties:3: share is not a finite number: 'NaN'");
    assertThatThrownBy(() -> v.string("name")).hasMessage("my.properties: missing key 'name'");
  }
}
