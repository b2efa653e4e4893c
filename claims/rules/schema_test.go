package rules

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/xeipuuv/gojsonschema"
	"gopkg.in/yaml.v3"

	"github.com/claimdiff/claimdiff"
)

// TestDefaultRulesValidate: the shipped rules.yaml validates against the
// schema editors are given (Schema), so that every key the loader reads
// is one the schema knows: a key missing there is flagged as an error in
// an editor that validates with it, in the very file claimdiff ships.
func TestDefaultRulesValidate(t *testing.T) {
	doc := yamlJSON(t, claimdiff.DefaultRules)
	result, err := gojsonschema.Validate(gojsonschema.NewBytesLoader(Schema), gojsonschema.NewBytesLoader(doc))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range result.Errors() {
		t.Errorf("rules.yaml against schema.json: %s", e)
	}
	// the validator is not a rubber stamp: a key the schema does not
	// know fails
	broken := yamlJSON(t, append([]byte("attribution:\n  no-such-list: [a]\n"), []byte(strings.Replace(string(claimdiff.DefaultRules), "attribution:\n", "attribution-moved:\n", 1))...))
	if r, err := gojsonschema.Validate(gojsonschema.NewBytesLoader(Schema), gojsonschema.NewBytesLoader(broken)); err != nil || r.Valid() {
		t.Errorf("an unknown attribution key validated (err %v)", err)
	}
}

// yamlJSON converts a YAML document to JSON for the validator.
func yamlJSON(t *testing.T, data []byte) []byte {
	t.Helper()
	var v any
	if err := yaml.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(jsonable(v))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// jsonable turns the maps YAML decodes into maps JSON encodes.
func jsonable(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = jsonable(e)
		}
		return x
	case map[any]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[fmt.Sprint(k)] = jsonable(e)
		}
		return m
	case []any:
		for i, e := range x {
			x[i] = jsonable(e)
		}
		return x
	}
	return v
}

// TestSchemaFrameFields: the frame fields the schema offers for a kind's
// frame and identity are the loader's (FrameFields).
func TestSchemaFrameFields(t *testing.T) {
	var sch struct {
		Properties struct {
			Kinds struct {
				AdditionalProperties struct {
					Properties map[string]struct {
						Items struct {
							Enum []string `json:"enum"`
						} `json:"items"`
					} `json:"properties"`
				} `json:"additionalProperties"`
			} `json:"kinds"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(Schema, &sch); err != nil {
		t.Fatal(err)
	}
	props := sch.Properties.Kinds.AdditionalProperties.Properties
	if got, want := strings.Join(props["frame"].Items.Enum, ","), strings.Join(FrameFields, ","); got != want {
		t.Errorf("schema frame fields %s, loader %s", got, want)
	}
	if got, want := strings.Join(props["identity"].Items.Enum, ","), "subject,victim,date,"+strings.Join(FrameFields, ","); got != want {
		t.Errorf("schema identity slots %s, loader %s", got, want)
	}
}
