package com.opsflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What Modeler users see: every shape laid out, none on top of another (boundary events on their host excepted). */
class DiagramLayoutTest {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  static final String DC = "http://www.omg.org/spec/DD/20100524/DC";

  record Box(String id, double x, double y, double w, double h) {
    boolean overlaps(Box o) {
      return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }

    boolean contains(Box o) {
      return o.x >= x && o.y >= y && o.x + o.w <= x + w && o.y + o.h <= y + h;
    }
  }

  static Stream<File> models() {
    return Stream.of(new File("processes").listFiles((d, n) -> n.endsWith(".bpmn")));
  }

  @ParameterizedTest
  @MethodSource("models")
  void shouldLayOutEveryShapeWithoutOverlaps(File model) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(model);

    Map<String, String> attachedTo = new HashMap<>();
    NodeList boundaries = doc.getElementsByTagNameNS(BPMN, "boundaryEvent");
    for (int i = 0; i < boundaries.getLength(); i++) {
      Element b = (Element) boundaries.item(i);
      attachedTo.put(b.getAttribute("id"), b.getAttribute("attachedToRef"));
    }
    List<Box> boxes = new ArrayList<>();
    NodeList shapes = doc.getElementsByTagNameNS(BPMNDI, "BPMNShape");
    for (int i = 0; i < shapes.getLength(); i++) {
      Element shape = (Element) shapes.item(i);
      Element bounds = (Element) shape.getElementsByTagNameNS(DC, "Bounds").item(0);
      boxes.add(new Box(shape.getAttribute("bpmnElement"), Double.parseDouble(bounds.getAttribute("x")),
          Double.parseDouble(bounds.getAttribute("y")), Double.parseDouble(bounds.getAttribute("width")),
          Double.parseDouble(bounds.getAttribute("height"))));
    }

    List<String> overlaps = new ArrayList<>();
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        Box a = boxes.get(i);
        Box b = boxes.get(j);
        boolean host = a.id().equals(attachedTo.get(b.id())) || b.id().equals(attachedTo.get(a.id()));
        boolean nested = a.contains(b) || b.contains(a); // shapes inside an expanded sub-process
        if (a.overlaps(b) && !host && !nested) {
          overlaps.add(a.id() + " / " + b.id());
        }
      }
    }
    assertThat(boxes).isNotEmpty();
    assertThat(overlaps).as(model.getName()).isEmpty();
  }
}
