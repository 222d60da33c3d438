package io.crosscheck.nlp.stance;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The start every model file of the project shares: int magic, int version, UTF source (how it was made), int
 * nFeatures, UTF name * nFeatures. A file of another kind, version or feature list is refused rather than misread.
 */
public record ModelHeader(String source, List<String> featureNames) {

    public void write(DataOutputStream out, int magic, int version) throws IOException {
        out.writeInt(magic);
        out.writeInt(version);
        out.writeUTF(source);
        out.writeInt(featureNames.size());
        for (String name : featureNames) {
            out.writeUTF(name);
        }
    }

    /** @param kind what the file should hold, for the error ("stance model") */
    public static ModelHeader read(DataInputStream in, int magic, int version, List<String> expectedFeatures,
                                   String kind) throws IOException {
        if (in.readInt() != magic || in.readInt() != version) {
            throw new IOException("not a " + kind + " of version " + version);
        }
        String source = in.readUTF();
        int nFeatures = in.readInt();
        List<String> names = new ArrayList<>(nFeatures);
        for (int i = 0; i < nFeatures; i++) {
            names.add(in.readUTF());
        }
        if (!names.equals(expectedFeatures)) {
            throw new IOException("the " + kind + " was trained on other features; retrain it");
        }
        return new ModelHeader(source, List.copyOf(names));
    }
}
