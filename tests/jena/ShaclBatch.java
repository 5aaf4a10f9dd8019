// Validates many data files against one shapes file with Apache Jena SHACL, in one JVM.
// Run by tests/test_second_engine.py with Java's single-file source launcher:
//   java -cp JENA_JARS ShaclBatch.java SHAPES.ttl DATA.ttl...
// Prints one line per validation result (file, severity, focus node), then "file done".

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;

public class ShaclBatch {
    public static void main(String[] args) {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(args[0]));
        for (int i = 1; i < args.length; i++) {
            String file = args[i];
            Graph data = RDFDataMgr.loadGraph(file);
            ValidationReport report = ShaclValidator.get().validate(shapes, data);
            report.getEntries().forEach(entry -> System.out.println(
                file + "\t" + (entry.severity() == Severity.Violation ? "violation" : "other")
                    + "\t" + entry.focusNode()));
            System.out.println(file + "\tdone");
        }
    }
}
