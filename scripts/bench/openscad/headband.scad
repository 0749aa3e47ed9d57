// A face-shield headband written for Usinette's benchmark (`npm run bench -- visor`), so that
// OpenSCAD's time is measured on a model of the same complexity as designs/visiere-serre-tete:
// not a published design, never printed. Same plan as ours: the head is an ellipse seen from
// above, every curve an offset of it along its normal; a band, a shield holder, three struts
// with filleted inner corners, a lower web, four pins with caps for an A4 "888" punch, and two
// windows for the elastic. Angles are in degrees (OpenSCAD's trigonometry).

head_circumference = 570;
head_shape = 0.8;
standoff = 40;
band_height = 20;
wall = 2.5;
fillet = 4;
pin_diameter = 3.5;
pin_length = 4.5;
holes = [-120, -40, 40, 120];
segment = 4;        // about one polygon side per 4 mm of arc
web = 1.2;

ramanujan = 3 * (1 + head_shape) - sqrt((3 + head_shape) * (1 + 3 * head_shape));
a = head_circumference / (PI * ramanujan);  // half-length, front to back (Y)
b = head_shape * a;                         // half-breadth (X)

function normal(phi) = let (n = [sin(phi) / b, cos(phi) / a]) n / norm(n);
function at(phi, d) = [b * sin(phi), a * cos(phi)] + d * normal(phi);
function tangent(phi) = let (n = normal(phi)) [n[1], -n[0]];
// The angle at which the offset curve at `d` has run `s` mm from the front (steps of 0.1°).
function angle_at(s, d, phi = 0, run = 0) =
  run >= s ? phi : angle_at(s, d, phi + 0.1, run + norm(at(phi + 0.1, d) - at(phi, d)));

cap_radius = pin_diameter / 2 + 0.6;
holder_phi = angle_at(max([for (h = holes) abs(h)]) + cap_radius + 10, standoff);
band_phi = max(90, holder_phi + 14);
pin_phis = [for (h = holes) sign(h) * angle_at(abs(h), standoff + 0.1)];

// A strip between offsets d0 and d1 from phi0 to phi1, with round ends.
module strip(phi0, phi1, d0, d1) {
  n = max(8, ceil((phi1 - phi0) * PI / 180 * (max(a, b) + d1) / segment));
  polygon(concat([for (i = [0:n]) at(phi0 + (phi1 - phi0) * i / n, d0)],
                 [for (i = [n:-1:0]) at(phi0 + (phi1 - phi0) * i / n, d1)]));
  for (phi = [phi0, phi1]) translate(at(phi, (d0 + d1) / 2)) circle(r = (d1 - d0) / 2, $fn = 24);
}

module strut(phi, d0, d1, width) {
  t = tangent(phi) * width / 2;
  polygon([at(phi, d0) - t, at(phi, d0) + t, at(phi, d1) + t, at(phi, d1) - t]);
}

// Band, holder and struts; closing then opening by the fillet radius rounds the inner corners.
module plan() {
  offset(r = -fillet) offset(delta = fillet) {
    strip(-band_phi, band_phi, 0, wall);
    strip(-holder_phi, holder_phi, standoff - wall, standoff);
    for (phi = [-holder_phi, 0, holder_phi]) strut(phi, wall / 2, standoff - wall / 2, wall);
  }
}

module teardrop(r) {
  polygon(concat([for (i = [0:18]) let (q = -45 + 270 * i / 18) r * [cos(q), sin(q)]], [[0, -r * sqrt(2)]]));
}

module pin(phi) {
  n = normal(phi);
  translate(concat(at(phi, standoff - 0.5), [band_height / 2]))
    rotate([0, 0, atan2(n[1], n[0]) - 90]) rotate([-90, 0, 0]) {
      linear_extrude(pin_length + 0.5) teardrop(pin_diameter / 2);
      translate([0, 0, pin_length + 0.5 - 1.2]) linear_extrude(1.2) teardrop(cap_radius);
    }
}

module strap_window(phi) {
  n = normal(phi);
  translate(concat(at(phi, wall / 2), [band_height / 2]))
    rotate([0, 0, atan2(n[1], n[0]) - 90]) cube([3, wall + 2, band_height - 5], center = true);
}

window_phi = band_phi - 7 / norm([a, b]) * sqrt(2) * 180 / PI;
difference() {
  union() {
    linear_extrude(band_height) plan();
    linear_extrude(web) strip(-holder_phi, holder_phi, wall / 2, standoff - wall / 2);
    for (phi = pin_phis) pin(phi);
  }
  for (phi = [-window_phi, window_phi]) strap_window(phi);
}
