package th.moralorg.dashboard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The tile map's grid (dashboard/province-tiles.csv): one square per province, by its code, at a
 * row and column laid out roughly as the country lies, north at the top. A grid rather than
 * boundaries: no openly licensed boundary file is shipped, and small provinces stay as visible as
 * large ones.
 */
@Component
class ProvinceTiles {

    static final String RESOURCE = "dashboard/province-tiles.csv";

    record Tile(String provinceCode, int row, int column) {
    }

    private final List<Tile> tiles;

    ProvinceTiles() {
        this.tiles = read();
    }

    List<Tile> all() {
        return tiles;
    }

    int rows() {
        return tiles.stream().mapToInt(Tile::row).max().orElse(0) + 1;
    }

    int columns() {
        return tiles.stream().mapToInt(Tile::column).max().orElse(0) + 1;
    }

    private static List<Tile> read() {
        List<Tile> tiles = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(),
                StandardCharsets.UTF_8))) {
            in.readLine(); // header: code,row,column
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    String[] cells = line.split(",");
                    tiles.add(new Tile(cells[0].strip(), Integer.parseInt(cells[1].strip()), Integer.parseInt(cells[2].strip())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(tiles);
    }
}
