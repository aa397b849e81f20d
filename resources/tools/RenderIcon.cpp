// Build-time helper: renders an SVG icon to a square PNG of a given size, so the hicolor theme
// gets raster icons without committing generated files.
//   holdfast-render-icon IN.svg OUT.png SIZE
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: holdfast-render-icon IN.svg OUT.png SIZE\n");
        return 2;
    }
    bool ok = false;
    const int size = args.at(3).toInt(&ok);
    QSvgRenderer renderer(args.at(1));
    if (!ok || size <= 0 || !renderer.isValid()) {
        std::fprintf(stderr, "holdfast-render-icon: cannot render %s\n", qPrintable(args.at(1)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    return image.save(args.at(2), "PNG") ? 0 : 1;
}
