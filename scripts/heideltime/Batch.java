// Runs HeidelTime (English, news, TreeTagger) over a list of documents in one JVM.
// Each line of the list file is: DCT (YYYY-MM-DD) TAB input text file TAB output TimeML file.
// Usage: java -cp heideltime.jar:. Batch config.props list.tsv
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.text.SimpleDateFormat;

public class Batch {
    public static void main(String[] args) throws Exception {
        HeidelTimeStandalone tagger = new HeidelTimeStandalone(
                Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML, args[0], POSTagger.TREETAGGER);
        // The JVM runs with -Duser.timezone=UTC, so the date parsed here is the one HeidelTime formats back.
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
        for (String line : Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8)) {
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t");
            String text = new String(Files.readAllBytes(Paths.get(fields[1])), StandardCharsets.UTF_8);
            String timeml = tagger.process(text, day.parse(fields[0]));
            Files.write(Paths.get(fields[2]), timeml.getBytes(StandardCharsets.UTF_8));
        }
    }
}
