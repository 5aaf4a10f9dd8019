// Answer SPARQL query files over a TDB2 database with Jena ARQ, in one JVM (a JVM per
// query, as tdb2.tdbquery takes, would cost seconds each). Usage, as a source file:
//   java -cp JENA_CLASSPATH AnswerQueries.java TDB2_FOLDER OUT_FOLDER QUERY.rq...
// writes OUT_FOLDER/NAME.srj, SPARQL 1.1 JSON results, for each QUERY.rq.
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

public class AnswerQueries {
    public static void main(String[] args) throws Exception {
        Dataset dataset = TDB2Factory.connectDataset(args[0]);
        for (int i = 2; i < args.length; i++) {
            String name = Path.of(args[i]).getFileName().toString().replaceAll("\\.rq$", "");
            String file = args[i];
            try (OutputStream out = new FileOutputStream(Path.of(args[1], name + ".srj").toFile())) {
                Txn.executeRead(dataset, () -> {
                    try (QueryExecution execution =
                            QueryExecutionFactory.create(QueryFactory.read(file), dataset)) {
                        ResultSetFormatter.outputAsJSON(out, execution.execSelect());
                    }
                });
            }
        }
    }
}
