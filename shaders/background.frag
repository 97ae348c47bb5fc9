#version 330 core
// A calm vertical gradient with a soft vignette: dark enough for bone to glow on a
// projector, never pure black.
in vec2 vUv;
uniform vec3 uTop;
uniform vec3 uBottom;
out vec4 fragColor;
void main() {
  vec3 color = mix(uBottom, uTop, smoothstep(0.0, 1.0, vUv.y));
  float d = length((vUv - vec2(0.5, 0.55)) * vec2(1.0, 1.2));
  color *= 1.0 - 0.35 * smoothstep(0.35, 0.95, d);
  fragColor = vec4(color, 1.0);
}
