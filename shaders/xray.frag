#version 330 core
// X-ray mode, first step: each surface adds its distance from the eye, signed (back faces
// +, front faces -), times its tissue's density, so a closed structure sums to its own
// thickness along the ray times density. Bone rims seen edge-on add to a second channel:
// on film a cortex shows as a bright line because the beam runs along it.
in vec3 vPositionView;
in vec3 vNormalView;

uniform float uDensity;
uniform float uDepthOrigin;  // subtracted from every depth: keeps the sums small and exact
uniform float uCortex;       // 0 for soft tissue

out vec4 fragColor;

void main() {
  // Depth along the view axis: exact for the orthographic radiograph views, and off by
  // under 5% toward the edges of a perspective view.
  float distance = -vPositionView.z - uDepthOrigin;
  float sign = gl_FrontFacing ? -1.0 : 1.0;
  vec3 n = normalize(vNormalView);
  float grazing = 1.0 - abs(dot(n, normalize(-vPositionView)));
  float rim = gl_FrontFacing ? uCortex * pow(grazing, 3.0) : 0.0;
  fragColor = vec4(sign * distance * uDensity, rim, 0.0, 0.0);
}
