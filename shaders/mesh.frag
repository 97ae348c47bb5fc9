#version 330 core
// Key, fill and rim lights plus a sky/ground ambient; wrap lighting softens soft
// tissue, and translucent structures thicken toward their silhouettes so their
// outline stays readable on a projector.
in vec3 vPositionView;
in vec3 vNormalView;

uniform vec3 uBaseColor;
uniform float uOpacity;
uniform float uSpecular;
uniform float uShininess;
uniform float uWrap;
uniform float uRim;
uniform vec3 uHighlightColor;
uniform float uHighlight;

out vec4 fragColor;

const vec3 kKeyDir = normalize(vec3(-0.45, 0.65, 0.62));
const vec3 kFillDir = normalize(vec3(0.75, -0.05, 0.55));
const vec3 kRimDir = normalize(vec3(0.2, 0.35, -1.0));
const vec3 kSky = vec3(0.40, 0.44, 0.52);
const vec3 kGround = vec3(0.20, 0.17, 0.16);

float wrapped(float nDotL) { return max((nDotL + uWrap) / (1.0 + uWrap), 0.0); }

void main() {
  vec3 n = normalize(vNormalView);
  if (!gl_FrontFacing) n = -n;
  vec3 v = normalize(-vPositionView);

  vec3 ambient = mix(kGround, kSky, n.y * 0.5 + 0.5);
  float key = wrapped(dot(n, kKeyDir));
  float fill = wrapped(dot(n, kFillDir));
  float specular = pow(max(dot(n, normalize(kKeyDir + v)), 0.0), uShininess) * uSpecular;
  float facing = max(dot(n, v), 0.0);
  float edge = 1.0 - facing;
  float rim = edge * edge * edge * uRim * (0.5 + 0.5 * max(dot(n, kRimDir) + 0.3, 0.0));

  vec3 color = uBaseColor * (ambient * 0.55 + key * vec3(1.0, 0.97, 0.92) * 0.80 + fill * vec3(0.80, 0.87, 1.0) * 0.28);
  color += vec3(specular) + rim * vec3(0.75, 0.85, 1.0);
  color = mix(color, uHighlightColor, uHighlight);

  // Gentle filmic shoulder so bright bone never clips to flat white.
  color = color / (1.0 + 0.25 * color);
  color = pow(color, vec3(1.0 / 1.1));

  float alpha = uOpacity;
  if (uOpacity < 0.999) alpha = clamp(uOpacity + (1.0 - facing) * (1.0 - uOpacity) * 0.55, 0.0, 1.0);
  fragColor = vec4(color, alpha);
}
