package th.moralorg.documents;

import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A picture of a word cut into its marks: each piece of connected ink (a consonant, a vowel, a tone
 * mark, ์) with its box, placed relative to the word's left edge and its largest piece's foot (a consonant on the baseline), so two
 * engines' pictures compare without depending on where each put the word.
 */
record Marks(List<Box> boxes) {

    /** Specks smaller than this are anti-aliasing, not marks. */
    private static final int SPECK = 12;

    record Box(double x, double y, int width, int height, int area) {
        double distance(Box other) {
            return Math.hypot(x - other.x, y - other.y);
        }

        @Override
        public String toString() {
            return String.format("%dx%d at (%.0f, %.0f)", width, height, x, y);
        }
    }

    static Marks of(BufferedImage picture) {
        int w = picture.getWidth();
        int h = picture.getHeight();
        boolean[] ink = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = picture.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                ink[y * w + x] = grey < 128;
            }
        }
        List<int[]> pieces = new ArrayList<>();
        boolean[] seen = new boolean[w * h];
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        for (int start = 0; start < ink.length; start++) {
            if (!ink[start] || seen[start]) {
                continue;
            }
            int minX = w;
            int minY = h;
            int maxX = -1;
            int maxY = -1;
            int area = 0;
            seen[start] = true;
            todo.push(start);
            while (!todo.isEmpty()) {
                int p = todo.pop();
                int px = p % w;
                int py = p / w;
                area++;
                minX = Math.min(minX, px);
                maxX = Math.max(maxX, px);
                minY = Math.min(minY, py);
                maxY = Math.max(maxY, py);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = px + dx;
                        int ny = py + dy;
                        if (nx >= 0 && ny >= 0 && nx < w && ny < h && ink[ny * w + nx] && !seen[ny * w + nx]) {
                            seen[ny * w + nx] = true;
                            todo.push(ny * w + nx);
                        }
                    }
                }
            }
            if (area >= SPECK) {
                pieces.add(new int[] {minX, minY, maxX, maxY, area});
            }
        }
        int left = pieces.stream().mapToInt(p -> p[0]).min().orElse(0);
        int baseline = pieces.stream().max(Comparator.comparingInt(p -> p[4])).map(p -> p[3]).orElse(0);
        List<Box> boxes = pieces.stream()
                .map(p -> new Box((p[0] + p[2]) / 2.0 - left, (p[1] + p[3]) / 2.0 - baseline, p[2] - p[0] + 1,
                        p[3] - p[1] + 1, p[4]))
                .sorted(Comparator.comparingDouble(Box::x).thenComparingDouble(Box::y))
                .toList();
        return new Marks(boxes);
    }

    /** How {@code actual} differs from {@code expected}: a missing or extra mark, or one moved or resized; null when alike. */
    static String difference(Marks expected, Marks actual, double tolerance) {
        if (expected.boxes.size() != actual.boxes.size()) {
            return expected.boxes.size() + " marks expected " + expected.boxes + ", " + actual.boxes.size() + " drawn "
                    + actual.boxes;
        }
        List<Box> left = new ArrayList<>(actual.boxes);
        for (Box want : expected.boxes) {
            Box nearest = left.stream().min(Comparator.comparingDouble(want::distance)).orElseThrow();
            if (want.distance(nearest) > tolerance || Math.abs(want.width - nearest.width) > tolerance
                    || Math.abs(want.height - nearest.height) > tolerance) {
                return "mark " + want + " drawn as " + nearest;
            }
            left.remove(nearest);
        }
        return null;
    }
}
