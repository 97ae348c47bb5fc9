#version 330 core
// X-ray mode, second step: the summed density-weighted thickness becomes film brightness
// (exposure falls off exponentially), with a little unsharp masking so cortical outlines
// and the trabecular edge read crisply, over a near-black film base.
uniform sampler2D uPath;
uniform ivec2 uOrigin;    // the view's lower-left corner in the target
uniform ivec2 uSize;      // the view's size (and uPath's)
uniform float uMu;        // attenuation per unit of summed density (1/mm of bone)
uniform float uSharpen;   // weight of the detail left after subtracting the local mean

out vec4 fragColor;

vec2 fetch(ivec2 p) { return texelFetch(uPath, clamp(p, ivec2(0), uSize - 1), 0).rg; }

float exposure(float path) { return 1.0 - exp(-uMu * max(path, 0.0)); }

void main() {
  ivec2 p = ivec2(gl_FragCoord.xy) - uOrigin;
  vec2 here = fetch(p);
  float mean = 0.0;
  const int kRadius = 3;
  mean += exposure(fetch(p + ivec2(kRadius, 0)).r) + exposure(fetch(p - ivec2(kRadius, 0)).r);
  mean += exposure(fetch(p + ivec2(0, kRadius)).r) + exposure(fetch(p - ivec2(0, kRadius)).r);
  mean += exposure(fetch(p + ivec2(2, 2)).r) + exposure(fetch(p - ivec2(2, 2)).r);
  mean += exposure(fetch(p + ivec2(2, -2)).r) + exposure(fetch(p - ivec2(2, -2)).r);
  mean *= 0.125;
  float e = exposure(here.r);
  float film = e + uSharpen * (e - mean) + 0.9 * min(here.g, 1.0) * e;
  film = clamp(film, 0.0, 1.0);
  // Film base and the faint cool cast of a light box.
  vec3 base = vec3(0.025, 0.028, 0.033);
  vec3 white = vec3(0.93, 0.95, 0.97);
  fragColor = vec4(mix(base, white, pow(film, 0.9)), 1.0);
}
